import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { simplifyProperty } from '../../../shared/properties/paging';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { matchSchema } from '../../schemas';
import { jobTextProperty, readResumeData, resumeDataProperty } from './resumeDataProperty';
import { SIMPLIFIED_MATCH_FIELDS, simplifyMatch } from './simplifyMatch';
import { additionalFields } from '../../../shared/properties/collections';

const properties: INodeProperties[] = [
	resumeDataProperty,
	jobTextProperty,
	additionalFields([
			{ displayName: 'Delay Result', name: 'delay', type: 'boolean', default: false, description: 'Whether Jobcase should compute the match later; fetch it with Get Match' },
			{ displayName: 'Job Title', name: 'jobtitle', type: 'string', default: '', description: 'Title of the job; not required but improves the match' },
			{ displayName: 'Resume Text', name: 'resume_text', type: 'string', typeOptions: { rows: 5 }, default: '', description: 'Plain text of the applicant’s resume' },
		]),
	simplifyProperty(SIMPLIFIED_MATCH_FIELDS),
];

export const submitMatch: OperationDefinition<JobcaseEndpoint> = {
	value: 'submitMatch',
	name: 'Submit Match',
	action: 'Score a resume against a job',
	description: 'Send a resume and a job’s text to get a match score',
	properties,
	async execute(itemIndex, client) {
		const input: IDataObject = { resume_data: readResumeData(this, itemIndex), job_text: this.getNodeParameter('jobText', itemIndex) };
		const extra = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		for (const [key, value] of Object.entries(extra)) if (value !== '') input[key] = value;
		const body = validateInput(this.getNode(), matchSchema, input, itemIndex, { ...labelsOf(properties), resume_data: 'Resume Data (JSON)', job_text: 'Job Text' });
		const match = await client.request<IDataObject>('matchSubmit', { body, itemIndex });
		return this.getNodeParameter('simplify', itemIndex, true) ? simplifyMatch(match) : match;
	},
};
