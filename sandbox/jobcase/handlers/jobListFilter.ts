import { HttpError } from '../../core/httpError';
import { MICROS_PER_DAY, parseIsoDateTime } from '../drf/datetime';
import type { JobcaseConfig } from '../config';
import type { JobRecord } from '../records';

const STATUS_FILTERS = {
	active: (job: JobRecord) => job.jobStatus === 'Active',
	expired: (job: JobRecord) => job.jobStatus === 'Expired',
	all: () => true,
} as const;

/**
 * Reads `status` (default active), `from` and `to` (on postedAt, both inclusive; a bare date in `to` means the
 * whole day) into a predicate. Bad values answer 400 with django-filter's messages.
 */
export function readJobListFilter(query: URLSearchParams, statusAll: JobcaseConfig['jobStatusAll'] = 'honour'): (job: JobRecord) => boolean {
	const errors: Record<string, string[]> = {};
	const asked = query.get('status') ?? 'active';
	// A server that does not know `all`: refuses it like any other unknown choice, or falls back to the default.
	const status = asked === 'all' && statusAll === 'ignore' ? 'active' : asked;
	const statusFilter = STATUS_FILTERS[status as keyof typeof STATUS_FILTERS];
	if (!Object.prototype.hasOwnProperty.call(STATUS_FILTERS, status) || (status === 'all' && statusAll === 'reject')) {
		errors.status = [`Select a valid choice. ${status} is not one of the available choices.`];
	}
	const from = readBound(query, 'from', errors);
	const toBound = readBound(query, 'to', errors);
	if (Object.keys(errors).length > 0) throw new HttpError(400, errors);

	const fromMicros = from?.epochMicros ?? -Infinity;
	const toMicros = toBound ? toBound.epochMicros + (toBound.dateOnly ? MICROS_PER_DAY - 1 : 0) : Infinity;
	return (job) => statusFilter(job) && job.postedAtMicros >= fromMicros && job.postedAtMicros <= toMicros;
}

function readBound(query: URLSearchParams, name: string, errors: Record<string, string[]>) {
	const raw = query.get(name);
	if (raw === null || raw === '') return undefined;
	const instant = parseIsoDateTime(raw);
	if (!instant) errors[name] = ['Enter a valid date/time.'];
	return instant;
}
