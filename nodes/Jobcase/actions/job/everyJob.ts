import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, JsonObject } from 'n8n-workflow';

import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { collectJobcaseList } from '../../transport/listPage';

/**
 * Credentials (by ID, Base URL and partner) whose Jobcase refused `status=all` (400) or answered it with active
 * jobs only: for these, jobs are listed per status. The reference documents the status filter ("default active")
 * without its values, so `all` is our assumption.
 */
const listedPerStatus = new Set<string>();

const isExpired = (job: IDataObject) => String(job.jobStatus ?? '').toLowerCase() === 'expired';

async function scopeOf(client: ApiClient<JobcaseEndpoint>): Promise<string> {
	const credential = client.node().credentials?.[client.provider.credentialType];
	return JSON.stringify([credential?.id ?? credential?.name ?? '', await client.baseUrl(), String(await client.setting('partnerId'))]);
}

/** `first`, then those of `second` not in it; later records win a shared natural key, so `second` should be the one to prefer. */
function merge(first: IDataObject[], second: IDataObject[]): IDataObject[] {
	const ids = new Set(second.map((job) => String(job.id)));
	return [...first.filter((job) => !ids.has(String(job.id))), ...second];
}

/**
 * Every job of every status, so that Create or Update finds an expired job by its Ad Number instead of posting
 * it again; with `postedFrom`, those posted since then. `status=all` is tried first; it is trusted when its answer
 * holds an expired job, and `notes.statusAll` remembers that (it is kept with the natural-key index between
 * executions), so that later reads cost one list instead of two. Otherwise the expired jobs are listed too: if that
 * finds jobs the first answer lacked, `all` was ignored and this credential lists per status from then on, as it does
 * once `all` is refused with a 400. Active jobs win an Ad Number an expired job shares.
 */
export async function listEveryJob(
	client: ApiClient<JobcaseEndpoint>,
	itemIndex: number,
	notes: IDataObject = {},
	postedFrom?: string,
): Promise<IDataObject[]> {
	const list = async (status: string) =>
		await collectJobcaseList(
			client,
			'jobList',
			{ returnAll: true, maxPageSize: client.provider.maxPageSize },
			{ status, ...(postedFrom === undefined ? {} : { from: postedFrom }) },
			itemIndex,
		);
	const scope = await scopeOf(client);
	if (notes.statusAll === 'perStatus') listedPerStatus.add(scope);
	if (!listedPerStatus.has(scope)) {
		let all: IDataObject[] | undefined;
		try {
			all = await list('all');
		} catch (error) {
			// NodeApiError hands back the same error instance when given one.
			if ((error as { httpCode?: string }).httpCode !== '400') throw new NodeApiError(client.node(), error as JsonObject);
			listedPerStatus.add(scope);
		}
		if (all) {
			if (all.some(isExpired)) notes.statusAll = 'honoured';
			if (notes.statusAll === 'honoured') return all;
			const expired = await list('expired');
			const listed = new Set(all.map((job) => String(job.id)));
			if (expired.some((job) => !listed.has(String(job.id)))) {
				listedPerStatus.add(scope);
				notes.statusAll = 'perStatus';
			}
			return merge(expired, all);
		}
	}
	notes.statusAll = 'perStatus';
	const expired = await list('expired');
	return merge(expired, await list('active'));
}
