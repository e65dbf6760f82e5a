import type { IDataObject } from 'n8n-workflow';

import type { ApiClient } from '../../shared/transport/apiClient';
import { jobtrainFields, jobtrainQuery, type JobtrainEndpoint } from '../jobtrain.api';
import { fetchListPage } from '../listPage';
import { BASELINE_WINDOW_MS, pruneMarks, timeOf, type ChangeCursor } from './cursor';
import type { Change } from './events';
import { readAllPages } from './readAllPages';

/** Re-read this far behind the newest change seen, so a change that became visible late is not missed. */
export const JOB_OVERLAP_MS = 5 * 60 * 1000;

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

/** The first poll: every job changed in the last hours is history; remember where each one stands. */
export async function startJobCursor(client: ApiClient<JobtrainEndpoint>, now: number): Promise<ChangeCursor> {
	const floor = now - BASELINE_WINDOW_MS;
	const marks: Record<string, number> = {};
	let since = floor;
	for (const job of await jobsUpdatedFrom(client, floor)) {
		const updated = timeOf(job[jobtrainFields.jobUpdated]);
		if (updated === undefined) continue;
		marks[String(job[jobtrainFields.jobId])] = updated;
		since = Math.max(since, updated);
	}
	return { floor, since, marks };
}

/**
 * Jobs changed since the cursor, once each: a job is emitted when its change time is newer than the
 * one remembered for it. A job not seen before and created within the window is a new job.
 */
export async function pollJobs(client: ApiClient<JobtrainEndpoint>, cursor: ChangeCursor): Promise<JobPoll> {
	const from = Math.max(cursor.floor, cursor.since - JOB_OVERLAP_MS);
	const jobs = await jobsUpdatedFrom(client, from);
	const marks = { ...cursor.marks };
	const changes: Change[] = [];
	let since = cursor.since;
	for (const job of jobs) {
		const id = String(job[jobtrainFields.jobId]);
		const updated = timeOf(job[jobtrainFields.jobUpdated]);
		// A server that ignores the filter returns older jobs too: those are below the window.
		if (updated === undefined || updated <= cursor.floor || updated < from) continue;
		since = Math.max(since, updated);
		const known = marks[id];
		if (known !== undefined && updated <= known) continue;
		const created = timeOf(job[jobtrainFields.jobCreated]) ?? updated;
		const event = known === undefined && created >= from && created > cursor.floor ? 'newJob' : 'jobUpdated';
		changes.push({ event, at: updated, id, json: { event, changedAt: job[jobtrainFields.jobUpdated], ...job } });
		marks[id] = updated;
	}
	const nextFrom = Math.max(cursor.floor, since - JOB_OVERLAP_MS);
	return { changes, cursor: { floor: cursor.floor, since, marks: pruneMarks(marks, nextFrom) } };
}
