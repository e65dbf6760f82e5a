import type { IDataObject } from 'n8n-workflow';

import type { ApiClient } from '../../shared/transport/apiClient';
import { jobtrainFields, type JobtrainEndpoint } from '../jobtrain.api';
import { fetchListPage } from '../transport/listPage';
import { advanceCursor, startCursor, type ReadChange } from './advance';
import { historyLine, timeOf, wasSeen, type ChangeCursor } from './cursor';
import type { Change } from './events';
import { readAllPages } from './readAllPages';

interface StatusEntry {
	status: unknown;
	at: number;
	changedAt: unknown;
}

export interface ApplicationPoll {
	changes: Change[];
	cursor: ChangeCursor;
}

/** Every application in Jobtrain's 24-hour change export, all pages. */
export async function readApplicationExport(client: ApiClient<JobtrainEndpoint>): Promise<IDataObject[]> {
	return await readAllPages(
		(page) => fetchListPage(client, 'applicationChanges', page),
		client.provider.maxPageSize,
		(application) => String(application[jobtrainFields.applicationId]),
	);
}

/** The status history, oldest first; an application without one counts its current status as its only change. */
export function historyOf(application: IDataObject): StatusEntry[] {
	const raw = application[jobtrainFields.statusHistory];
	const entries: Array<{ status: unknown; changedAt: unknown }> = Array.isArray(raw)
		? (raw as IDataObject[]).map((entry) => ({
				status: entry?.[jobtrainFields.historyStatus],
				changedAt: entry?.[jobtrainFields.historyChanged],
			}))
		: [{ status: application[jobtrainFields.applicationStatus], changedAt: application[jobtrainFields.applicationStatusChanged] }];
	const history: StatusEntry[] = [];
	for (const entry of entries) {
		const at = timeOf(entry.changedAt);
		if (at !== undefined) history.push({ ...entry, at });
	}
	return history.sort((a, b) => a.at - b.at);
}

/**
 * Keys of the history's entries: application ID + change time + status, so that two changes stamped with
 * the same (coarse) time are told apart; a repeat of both gets a count.
 */
export function historyKeys(id: string, history: StatusEntry[]): string[] {
	const counts = new Map<string, number>();
	return history.map((entry) => {
		const key = `${id}@${entry.at}#${String(entry.status)}`;
		const count = (counts.get(key) ?? 0) + 1;
		counts.set(key, count);
		return count === 1 ? key : `${key}#${count}`;
	});
}

interface ReadEntry extends ReadChange {
	id: string;
	application: IDataObject;
	history: StatusEntry[];
	index: number;
}

async function readEntries(client: ApiClient<JobtrainEndpoint>): Promise<ReadEntry[]> {
	const read: ReadEntry[] = [];
	for (const application of await readApplicationExport(client)) {
		const id = String(application[jobtrainFields.applicationId]);
		const history = historyOf(application);
		const keys = historyKeys(id, history);
		history.forEach((entry, index) => read.push({ id, application, history, index, key: keys[index], at: entry.at }));
	}
	return read;
}

/** The first poll: every change in the export is history. */
export async function startApplicationCursor(client: ApiClient<JobtrainEndpoint>, now: number): Promise<ChangeCursor> {
	return startCursor(await readEntries(client), now);
}

/** The change an entry of the history stands for: the first entry is the application itself. */
export function applicationChange(application: IDataObject, history: StatusEntry[], index: number): Change {
	const entry = history[index];
	const event = index === 0 ? 'newApplication' : 'applicationStatusChanged';
	return {
		event,
		at: entry.at,
		id: String(application[jobtrainFields.applicationId]),
		json: {
			...application,
			event,
			changedAt: entry.changedAt,
			[jobtrainFields.applicationStatus]: entry.status,
			previousStatus: index > 0 ? history[index - 1].status : null,
		},
	};
}

/**
 * Status changes not emitted yet, each once: an entry is emitted when it is stamped within the overlap
 * behind the mark and its key (application ID + change time + status) was not seen before.
 */
export async function pollApplications(client: ApiClient<JobtrainEndpoint>, cursor: ChangeCursor, now: number): Promise<ApplicationPoll> {
	const line = historyLine(cursor);
	const read = await readEntries(client);
	const seen = { ...cursor.seen };
	const changes: Change[] = [];
	for (const { id, application, history, index, key, at } of read) {
		if (at < line || wasSeen(cursor, key, id, at)) continue;
		changes.push(applicationChange(application, history, index));
		seen[key] = at;
	}
	return { changes, cursor: advanceCursor(cursor, read, seen, now) };
}
