import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';

import { errorItem, isNodeError } from '../../../shared/execute';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { CegidEndpoint } from '../../cegid.api';
import type { ReportItem } from './submit.schema';

/** One validated input item, ready to report. */
export interface Planned {
	itemIndex: number;
	reportType: string;
	item: ReportItem;
}

/** Items of the same report type, in input order, at most `size` per request. */
export function* batches(planned: Planned[], size: number): Generator<Planned[]> {
	const byType = new Map<string, Planned[]>();
	for (const entry of planned) {
		const sameType = byType.get(entry.reportType) ?? [];
		sameType.push(entry);
		byType.set(entry.reportType, sameType);
	}
	for (const entries of byType.values()) {
		for (let start = 0; start < entries.length; start += size) yield entries.slice(start, start + size);
	}
}

/** Sends one batch; with Continue On Fail a refusal becomes an error item for each of its items. */
export async function sendBatch(context: IExecuteFunctions, client: ApiClient<CegidEndpoint>, batch: Planned[]): Promise<INodeExecutionData[]> {
	const reportType = batch[0].reportType;
	const items = batch.map(({ item }) => dropUndefined(item));
	try {
		await client.request('reportSubmit', { body: { reportType, items }, itemIndex: batch[0].itemIndex });
	} catch (error) {
		if (!context.continueOnFail()) throw new NodeApiError(context.getNode(), error as JsonObject);
		const failure = isNodeError(error) ? error : new NodeApiError(context.getNode(), error as JsonObject);
		const httpCode = 'httpCode' in failure ? failure.httpCode : undefined;
		return batch.map(({ itemIndex }) =>
			errorItem(context, failure, itemIndex, { error: failure.message, description: failure.description ?? null, httpCode: httpCode ?? null }),
		);
	}
	return batch.map(({ itemIndex, item }) => ({
		json: { reportType, id: item.id, status: item.status, reported: true, itemsInRequest: batch.length },
		pairedItem: { item: itemIndex },
	}));
}

function dropUndefined(item: ReportItem): IDataObject {
	return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined)) as IDataObject;
}

export function itemOf(entry: INodeExecutionData): number {
	const paired = entry.pairedItem;
	return typeof paired === 'object' && paired !== null && !Array.isArray(paired) ? paired.item : 0;
}
