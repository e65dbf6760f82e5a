import type { INodeProperties } from 'n8n-workflow';

export const jobIdProperty: INodeProperties = {
	displayName: 'Job ID',
	name: 'jobId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'job_12345',
	description: 'The NHSJob ID of the job, as returned by Search (e.g. job_12345)',
};
