import type { INodeProperties } from 'n8n-workflow';

/** The job of the application: every candidate operation needs it. */
export const jobIdLocator: INodeProperties = {
	displayName: 'Job',
	name: 'jobId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The Jobtrain job the application belongs to',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a job...',
			typeOptions: { searchListMethod: 'searchJobs', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 1234',
			validation: [
				{
					type: 'regex',
					properties: { regex: '^[A-Za-z0-9_-]+$', errorMessage: 'Enter a Jobtrain job ID: letters, digits, - and _ only' },
				},
			],
		},
	],
};

/** The candidate of the application, listed from the chosen job's candidates. */
export const candidateIdLocator: INodeProperties = {
	displayName: 'Candidate',
	name: 'candidateId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The Jobtrain candidate who applied, e.g. from "Get Many for Job" or the trigger',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a candidate of the job...',
			typeOptions: { searchListMethod: 'searchCandidates', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 5678',
			validation: [
				{
					type: 'regex',
					properties: { regex: '^[A-Za-z0-9_-]+$', errorMessage: 'Enter a Jobtrain candidate ID: letters, digits, - and _ only' },
				},
			],
		},
	],
};
