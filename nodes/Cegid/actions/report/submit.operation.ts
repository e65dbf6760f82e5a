import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import { errorItem } from '../../../shared/execute';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import { type CegidEndpoint, cegidAssumptions } from '../../cegid.api';
import { batches, itemOf, type Planned, sendBatch } from './reportBatches';
import { reportItemSchema } from './submit.schema';

export const description: INodeProperties[] = showOnlyFor({ resource: ['report'], operation: ['submit'] }, [
	{
		displayName: 'Report Type',
		name: 'reportType',
		type: 'options',
		options: [
			{ name: 'Candidates', value: 'candidates' },
			{ name: 'Vacancies', value: 'vacancies' },
		],
		default: 'vacancies',
		description: 'What the reported items are',
	},
	{
		displayName: 'ID',
		name: 'id',
		type: 'resourceLocator',
		default: { mode: 'id', value: '' },
		required: true,
		description: 'The vacancy reference, or the applicant’s username, of the indexed item',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchReportIds', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 2019-00001 or {{ $json.reference }}',
			},
		],
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
			{ name: 'Error', value: 'error' },
			{ name: 'Success', value: 'success' },
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
]);

const labels = labelsOf(description);

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
		id: context.getNodeParameter('id', itemIndex, '', { extractValue: true }),
		date: context.getNodeParameter('date', itemIndex),
		lastUpdateDate: context.getNodeParameter('lastUpdateDate', itemIndex),
		status: context.getNodeParameter('status', itemIndex),
		messages: messages.length > 0 ? messages : undefined,
	};
	const item = validateInput(context.getNode(), reportItemSchema, input, itemIndex, labels);
	return { itemIndex, reportType: context.getNodeParameter('reportType', itemIndex) as string, item };
}

/**
 * Runs once, for the first item, and answers for all of them (so that many items share few requests); with
 * Continue On Fail each item gets its own outcome.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<CegidEndpoint>): Promise<INodeExecutionData[]> {
	if (itemIndex > 0) return [];
	return await reportAllItems.call(this, client);
}
