import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { readPaging, returnAllProperties, simplifyProperty } from '../../../shared/properties/paging';
import type { JobtrainEndpoint } from '../../jobtrain.api';
import { collectList } from '../../listPage';
import { downloadDocuments } from './attachDocuments';
import { SIMPLIFIED_CHANGE_NOTE, simplifyChange } from './simplifyChange';

const properties: INodeProperties[] = [
	...returnAllProperties(),
	{
		displayName: 'Include CV and Cover Letter',
		name: 'includeDocuments',
		type: 'boolean',
		default: false,
		description: 'Whether to download each application’s CV and cover letter as binary data (one extra request per file)',
	},
	{
		displayName: 'CV Output Field',
		name: 'cvBinaryPropertyName',
		type: 'string',
		default: 'cv',
		displayOptions: { show: { includeDocuments: [true] } },
		hint: 'The output binary field to put the CV in',
	},
	{
		displayName: 'Cover Letter Output Field',
		name: 'coverLetterBinaryPropertyName',
		type: 'string',
		default: 'coverLetter',
		displayOptions: { show: { includeDocuments: [true] } },
		hint: 'The output binary field to put the cover letter in',
	},
	simplifyProperty(SIMPLIFIED_CHANGE_NOTE),
];

export const getRecentChanges: OperationDefinition<JobtrainEndpoint> = {
	value: 'getChanges',
	name: 'Get Recent Changes',
	action: 'Export applications changed in the last 24 hours',
	description:
		'Export candidate, job, equal-opportunities, CV and cover letter data of applications whose status changed in the last 24 hours',
	properties,
	async execute(itemIndex, client) {
		const records = await collectList(client, 'applicationChanges', readPaging(this, itemIndex, client.provider.maxPageSize), { itemIndex });
		const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
		const includeDocuments = this.getNodeParameter('includeDocuments', itemIndex, false) as boolean;
		const binaryNames = {
			cv: String(this.getNodeParameter('cvBinaryPropertyName', itemIndex, 'cv')).trim() || 'cv',
			coverLetter: String(this.getNodeParameter('coverLetterBinaryPropertyName', itemIndex, 'coverLetter')).trim() || 'coverLetter',
		};
		const output: INodeExecutionData[] = [];
		for (const record of records) {
			const json: IDataObject = simplify ? simplifyChange(record) : record;
			const binary = includeDocuments ? await downloadDocuments(this, client, record, binaryNames, itemIndex) : undefined;
			output.push(binary ? { json, binary } : { json });
		}
		return output;
	},
};
