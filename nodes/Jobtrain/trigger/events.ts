export type JobtrainEvent = 'newJob' | 'jobUpdated' | 'newApplication' | 'applicationStatusChanged';

export const JOB_EVENTS: JobtrainEvent[] = ['newJob', 'jobUpdated'];
export const APPLICATION_EVENTS: JobtrainEvent[] = ['newApplication', 'applicationStatusChanged'];

/** One change found by a poll, ready to emit. */
export interface Change {
	event: JobtrainEvent;
	/** Milliseconds since the epoch, on Jobtrain's clock; orders the output. */
	at: number;
	/** Identifies the record within its kind, for a stable order of simultaneous changes. */
	id: string;
	json: Record<string, unknown>;
}

/** Oldest first; simultaneous changes by kind (jobs before applications) then by ID. */
export function byTime(a: Change, b: Change): number {
	if (a.at !== b.at) return a.at - b.at;
	const kind = rank(a.event) - rank(b.event);
	if (kind !== 0) return kind;
	return a.id.localeCompare(b.id, undefined, { numeric: true });
}

function rank(event: JobtrainEvent): number {
	return ['newJob', 'jobUpdated', 'newApplication', 'applicationStatusChanged'].indexOf(event);
}
