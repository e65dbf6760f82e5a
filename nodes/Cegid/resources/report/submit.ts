import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { errorItem } from '../../../shared/execute';
import type { OperationDefinition } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import { type CegidEndpoint, cegidAssumptions } from '../../cegid.api';
import { reportItemSchema } from '../../schemas';
import { batches, itemOf, type Planned, sendBatch } from './reportBatches';

const properties: INodeProperties[] = [
	{
		displayName: 'Report Type',
		name: 'reportType',
		type: 'options',
		options: [
			{ name: 'Vacancies', value: 'vacancies' },
			{ name: 'Candidates', value: 'candidates' },
		],
		default: 'vacancies',
		description: 'What the reported items are',
	},
	{
		displayName: 'ID',
		name: 'id',
		type: 'string',
		required: true,
		default: '',
		placeholder: '={{ $json.reference }}',
		description: 'The vacancy reference, or the applicant’s username, of the indexed item',
	},
	{
		displayName: 'Date',
		name: 'date',
		type: 'string',
		required: true,
		default: '',
		placeholder: '={{ $json.creationDate }}',
		description: 'The item’s creation date, ISO 8601',
	},
	{
		displayName: 'Last Update Date',
		name: 'lastUpdateDate',
		type: 'string',
		required: true,
		default: '',
		placeholder: '={{ $json.modificationDate }}',
		description: 'The item’s last update date, ISO 8601',
	},
	{
		displayName: 'Indexing Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Success', value: 'success' },
			{ name: 'Error', value: 'error' },
		],
		default: 'success',
		description: 'Whether your system indexed the item',
	},
	{
		displayName: 'Messages',
		name: 'messages',
		type: 'string',
		default: '',
		displayOptions: { show: { status: ['error'] } },
		description: 'What went wrong, one message per line (sent with the Error status only)',
	},
	{
		displayName: 'Options',
		name: 'reportOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Batch Size',
				name: 'batchSize',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 1000 },
				default: 100,
				description: 'How many input items are reported in one request',
			},
		],
	},
];

const labels = labelsOf(properties);

/**
 * Reads and validates every input item first, so bad input fails before any request, then sends
 * the items in as few requests as the batch size allows. Runs once, for the first item, and answers
 * for all of them; with Continue On Fail each item gets its own outcome.
 */
async function reportAllItems(this: IExecuteFunctions, client: ApiClient<CegidEndpoint>): Promise<INodeExecutionData[]> {
	const outputs: INodeExecutionData[] = [];
	const planned: Planned[] = [];
	const count = this.getInputData().length;
	for (let itemIndex = 0; itemIndex < count; itemIndex++) {
		try {
			planned.push(planItem(this, itemIndex));
		} catch (error) {
			const failure = new NodeOperationError(this.getNode(), error as Error, { itemIndex });
			if (!this.continueOnFail()) throw failure;
			outputs.push(errorItem(this, failure, itemIndex, { error: failure.message, description: failure.description ?? null }));
		}
	}
	const batchSize = Math.max(1, Number((this.getNodeParameter('reportOptions', 0, {}) as IDataObject).batchSize) || cegidAssumptions.maxReportItems.value);
	for (const batch of batches(planned, batchSize)) outputs.push(...(await sendBatch(this, client, batch)));
	return outputs.sort((a, b) => itemOf(a) - itemOf(b));
}

function planItem(context: IExecuteFunctions, itemIndex: number): Planned {
	const messages = String(context.getNodeParameter('messages', itemIndex, '') ?? '')
		.split('\n')
		.map((message) => message.trim())
		.filter(Boolean);
	const input = {
		id: context.getNodeParameter('id', itemIndex),
		date: context.getNodeParameter('date', itemIndex),
		lastUpdateDate: context.getNodeParameter('lastUpdateDate', itemIndex),
		status: context.getNodeParameter('status', itemIndex),
		messages: messages.length > 0 ? messages : undefined,
	};
	const item = validateInput(context.getNode(), reportItemSchema, input, itemIndex, labels);
	return { itemIndex, reportType: context.getNodeParameter('reportType', itemIndex) as string, item };
}

export const submitReport: OperationDefinition<CegidEndpoint> = {
	value: 'submit',
	name: 'Submit',
	action: 'Submit an indexing report',
	description: 'Tell Cegid which vacancies or candidates your system indexed, many items per request',
	properties,
	async execute(itemIndex, client) {
		if (itemIndex > 0) return [];
		return await reportAllItems.call(this, client);
	},
};
