import type { IDataObject } from 'n8n-workflow';

import type { ApiClient } from '../../shared/transport/apiClient';
import type { JobcaseEndpoint } from '../jobcase.api';
import { collectJobcaseList } from './listPage';

/** Which records to index and by what: the key must be readable from a listed record and from a request body alike. */
export interface NaturalKeySpec {
	/** Where the index is kept in `client.memo` for the rest of the execution. */
	memoKey: string;
	/** The list endpoint that returns every record of the kind. */
	endpoint: JobcaseEndpoint;
	/** Query filters that make the list complete (e.g. every status). */
	filters?: IDataObject;
	keyOf(record: IDataObject): string;
}

/** Natural key → Jobcase ID. Callers add the records they create so that later items find them. */
export type NaturalKeyIndex = Map<string, number>;

/**
 * Jobcase has no lookup by the partner's own identifiers, so Create or Update lists the records once per
 * execution (on the first item that needs them) and indexes them by natural key; later items reuse the
 * index from `client.memo`. `refresh` lists again, e.g. when the API says a record exists that the index
 * has not seen. When several listed records share a key, the last listed one wins.
 */
export async function naturalKeyIndex(
	client: ApiClient<JobcaseEndpoint>,
	spec: NaturalKeySpec,
	itemIndex: number,
	refresh = false,
): Promise<NaturalKeyIndex> {
	const cached = client.memo.get(spec.memoKey) as NaturalKeyIndex | undefined;
	if (cached && !refresh) return cached;
	const records = await collectJobcaseList(client, spec.endpoint, { returnAll: true, maxPageSize: client.provider.maxPageSize }, spec.filters ?? {}, itemIndex);
	const index: NaturalKeyIndex = new Map(records.map((record) => [spec.keyOf(record), Number(record.id)]));
	client.memo.set(spec.memoKey, index);
	return index;
}
