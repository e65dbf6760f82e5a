import { json, type Reply } from '../../core/reply';
import type { SandboxRequest } from '../../core/request';
import type { NhsJobContext } from '../context';
import { invalidParameter, notFound } from '../errors';
import { pageEnvelope, readPageRequest } from '../paging';
import type { JobRecord } from '../records';
import { representJob } from '../represent';
import { KNOWN_CONTRACT_TYPES } from '../seed/vocabulary';

/**
 * `GET /jobs`: open listings, newest first. `specialty` and `contract_type` match whole values and
 * `location` any part of it, all without regard to case.
 */
export function listJobs(ctx: NhsJobContext, req: SandboxRequest): Reply {
	const config = ctx.config();
	const paging = readPageRequest(req.query, config.maxPageSize);
	const matches = jobFilter(req.query);
	const store = ctx.store();
	const selected: JobRecord[] = [];
	for (const id of store.jobOrder) {
		const job = store.jobs.get(id);
		if (job && job.status === 'open' && matches(job)) selected.push(job);
	}
	const envelope = pageEnvelope(selected, paging, config.metaStyle);
	return json(200, { data: envelope.data.map(representJob), meta: envelope.meta });
}

export function getJob(ctx: NhsJobContext, req: SandboxRequest): Reply {
	const job = ctx.store().jobs.get(req.params.jobId);
	if (!job) throw notFound(`No job with id ${req.params.jobId}.`);
	return json(200, { data: representJob(job) });
}

function jobFilter(query: URLSearchParams): (job: JobRecord) => boolean {
	const specialty = text(query, 'specialty');
	const location = text(query, 'location');
	const contractType = text(query, 'contract_type');
	if (contractType && !KNOWN_CONTRACT_TYPES.some((known) => known.toLowerCase() === contractType)) {
		throw invalidParameter('contract_type', `must be one of: ${KNOWN_CONTRACT_TYPES.join(', ')}`);
	}
	return (job) =>
		(!specialty || job.specialty.toLowerCase() === specialty) &&
		(!location || job.location.toLowerCase().includes(location)) &&
		(!contractType || job.contract_type.toLowerCase() === contractType);
}

function text(query: URLSearchParams, name: string): string | undefined {
	const value = query.get(name)?.trim().toLowerCase();
	return value ? value : undefined;
}
