import type { ApiClient } from '../../shared/transport/apiClient';
import { jobtrainFields, type JobtrainEndpoint } from '../jobtrain.api';
import { applicationChange, historyOf, readApplicationExport } from './applicationChanges';
import { timeOf } from './cursor';
import { byTime, type Change, type JobtrainEvent } from './events';
import { jobsUpdatedFrom } from './jobChanges';

const SAMPLE_JOB_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * For a manual test run: the most recent change of the chosen kinds, so users can map its fields.
 * It leaves the trigger's cursor alone.
 */
export async function latestChange(
	client: ApiClient<JobtrainEndpoint>,
	events: JobtrainEvent[],
	now: number,
): Promise<Change | undefined> {
	const candidates: Change[] = [];
	if (events.includes('newJob') || events.includes('jobUpdated')) {
		for (const job of await jobsUpdatedFrom(client, now - SAMPLE_JOB_WINDOW_MS)) {
			const updated = timeOf(job[jobtrainFields.jobUpdated]);
			if (updated === undefined) continue;
			const natural: JobtrainEvent = timeOf(job[jobtrainFields.jobCreated]) === updated ? 'newJob' : 'jobUpdated';
			// The sample shows a job's fields either way; label it with an event the user watches.
			const event: JobtrainEvent = events.includes(natural) ? natural : natural === 'newJob' ? 'jobUpdated' : 'newJob';
			candidates.push({ event, at: updated, id: String(job[jobtrainFields.jobId]), json: { event, changedAt: job[jobtrainFields.jobUpdated], ...job } });
		}
	}
	if (events.includes('newApplication') || events.includes('applicationStatusChanged')) {
		for (const application of await readApplicationExport(client)) {
			const history = historyOf(application);
			history.forEach((_, index) => {
				const change = applicationChange(application, history, index);
				if (events.includes(change.event)) candidates.push(change);
			});
		}
	}
	return candidates.sort(byTime).at(-1);
}
