import type { IDataObject } from 'n8n-workflow';

import type { ApiClient } from '../../shared/transport/apiClient';
import { describeBody, listSource, notTheList } from '../../shared/transport/listEnvelope';
import type { CegidEndpoint } from '../cegid.api';

/** The list in a body, bare or in a `data` envelope (both are seen from Talentsoft APIs); anything else (HTML, `{}`, no `data`) fails the item, naming the request. */
export function requireList(client: ApiClient<CegidEndpoint>, endpoint: CegidEndpoint, body: unknown, itemIndex?: number): IDataObject[] {
	const entries = listEntries(body);
	if (entries === undefined) throw notTheList(listSource(client, endpoint, itemIndex), 'list', describeBody(body, 'data'));
	return entries.map(asRecord);
}

function listEntries(body: unknown): unknown[] | undefined {
	if (Array.isArray(body)) return body;
	return isObject(body) && Array.isArray(body.data) ? body.data : undefined;
}

function asRecord(entry: unknown): IDataObject {
	return isObject(entry) ? entry : { value: entry as IDataObject[keyof IDataObject] };
}

export function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
