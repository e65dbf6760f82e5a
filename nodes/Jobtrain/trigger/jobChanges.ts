import type { IDataObject } from 'n8n-workflow';

import type { ApiClient } from '../../shared/transport/apiClient';
import { jobtrainFields, jobtrainQuery, type JobtrainEndpoint } from '../jobtrain.api';
import { fetchListPage } from '../transport/listPage';
import { advanceCursor, startCursor, type ReadChange } from './advance';
import { BASELINE_WINDOW_MS, historyLine, timeOf, wasSeen, type ChangeCursor } from './cursor';
import type { Change } from './events';
import { readAllPages } from './readAllPages';

export interface JobPoll {
	changes: Change[];
	cursor: ChangeCursor;
}

/** Every job created or changed at or after `from`, all pages. */
export async function jobsUpdatedFrom(client: ApiClient<JobtrainEndpoint>, from: number): Promise<IDataObject[]> {
	const filters = { [jobtrainQuery.jobUpdatedFrom]: new Date(from).toISOString() };
	return await readAllPages(
		(page) => fetchListPage(client, 'jobList', page, { filters }),
		client.provider.maxPageSize,
		(job) => String(job[jobtrainFields.jobId]),
	);
}

/** A job's change: its ID and update time (jobs keep no history, so that is all there is to tell changes apart). */
const jobKey = (id: string, updated: number) => `${id}@${updated}`;
const idOfKey = (key: string) => key.slice(0, key.lastIndexOf('@'));

interface ReadJob extends ReadChange {
	id: string;
	job: IDataObject;
}

function readJobs(jobs: IDataObject[], from: number): ReadJob[] {
	const read: ReadJob[] = [];
	for (const job of jobs) {
		const id = String(job[jobtrainFields.jobId]);
		const at = timeOf(job[jobtrainFields.jobUpdated]);
		// A server that ignores the filter returns older jobs too: those are history.
		if (at === undefined || at < from) continue;
		read.push({ id, at, key: jobKey(id, at), job });
	}
	return read;
}

/**
 * The first poll: every job changed in the last hours is history. When n8n's clock is so far ahead of
 * Jobtrain's that those hours show fewer than two jobs, every job is read once instead.
 */
export async function startJobCursor(client: ApiClient<JobtrainEndpoint>, now: number): Promise<ChangeCursor> {
	const from = now - BASELINE_WINDOW_MS;
	let read = readJobs(await jobsUpdatedFrom(client, from), from);
	if (read.length < 2) read = readJobs(await jobsUpdatedFrom(client, 0), 0);
	return startCursor(read, now);
}

/**
 * Jobs changed within the overlap behind the mark, each change (job ID + update time) once. A job not seen
 * before and created within the overlap is a new job.
 */
export async function pollJobs(client: ApiClient<JobtrainEndpoint>, cursor: ChangeCursor, now: number): Promise<JobPoll> {
	const from = historyLine(cursor);
	const read = readJobs(await jobsUpdatedFrom(client, from), from);
	const knownIds = new Set([...Object.keys(cursor.seen).map(idOfKey), ...Object.keys(cursor.legacy ?? {})]);
	const seen = { ...cursor.seen };
	const changes: Change[] = [];
	for (const { id, at, key, job } of read) {
		if (wasSeen(cursor, key, id, at)) continue;
		const created = timeOf(job[jobtrainFields.jobCreated]) ?? at;
		const event = !knownIds.has(id) && created >= from ? 'newJob' : 'jobUpdated';
		changes.push({ event, at, id, json: { event, changedAt: job[jobtrainFields.jobUpdated], ...job } });
		seen[key] = at;
	}
	return { changes, cursor: advanceCursor(cursor, read, seen, now) };
}
