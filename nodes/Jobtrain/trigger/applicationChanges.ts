import type { IDataObject } from 'n8n-workflow';

import type { ApiClient } from '../../shared/transport/apiClient';
import { jobtrainFields, type JobtrainEndpoint } from '../jobtrain.api';
import { fetchListPage } from '../listPage';
import { BASELINE_WINDOW_MS, pruneMarks, timeOf, type ChangeCursor } from './cursor';
import type { Change } from './events';
import { readAllPages } from './readAllPages';

/**
 * The export holds applications whose status changed in the last 24 hours, each with its status
 * history; a mark older than this behind the newest change can no longer be needed.
 */
const MARK_RETENTION_MS = 30 * 60 * 60 * 1000;

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

/** The first poll: every change in the export is history; remember where each application stands. */
export async function startApplicationCursor(client: ApiClient<JobtrainEndpoint>, now: number): Promise<ChangeCursor> {
	const floor = now - BASELINE_WINDOW_MS;
	const marks: Record<string, number> = {};
	let since = floor;
	for (const application of await readApplicationExport(client)) {
		const latest = historyOf(application).at(-1);
		if (!latest) continue;
		marks[String(application[jobtrainFields.applicationId])] = latest.at;
		since = Math.max(since, latest.at);
	}
	return { floor, since, marks };
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
 * Status changes not emitted yet, once each: an entry is emitted when it is newer than the floor and
 * than the latest change already emitted for its application (deduplicated by ID + change time).
 */
export async function pollApplications(client: ApiClient<JobtrainEndpoint>, cursor: ChangeCursor): Promise<ApplicationPoll> {
	const marks = { ...cursor.marks };
	const changes: Change[] = [];
	let since = cursor.since;
	for (const application of await readApplicationExport(client)) {
		const id = String(application[jobtrainFields.applicationId]);
		const history = historyOf(application);
		const known = marks[id];
		history.forEach((entry, index) => {
			since = Math.max(since, entry.at);
			if (entry.at <= cursor.floor || (known !== undefined && entry.at <= known)) return;
			changes.push(applicationChange(application, history, index));
			marks[id] = Math.max(marks[id] ?? entry.at, entry.at);
		});
	}
	const floor = Math.max(cursor.floor, since - MARK_RETENTION_MS);
	return { changes, cursor: { floor, since, marks: pruneMarks(marks, floor) } };
}
