import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import { limitProperty, readPaging, returnAllProperty } from '../../../shared/properties/paging';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobtrainEndpoint } from '../../jobtrain.api';
import { collectList } from '../../transport/listPage';
import { downloadDocuments } from './attachDocuments';
import { simplifyChange } from './simplifyChange';

export const description: INodeProperties[] = showOnlyFor({ resource: ['export'], operation: ['getChanges'] }, [
	returnAllProperty,
	limitProperty,
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
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return a simplified version of the response instead of the raw data. Keeps the application, candidate and job details and the CV and cover letter file names, without the equal-opportunities answers and the status history.',
	},
]);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	client: ApiClient<JobtrainEndpoint>,
): Promise<OperationOutput> {
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
}
