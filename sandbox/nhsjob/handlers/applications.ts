import { parseHeaderWithParams } from '../../core/contentType';
import { parseJsonBody } from '../../core/jsonBody';
import { json, type Reply } from '../../core/reply';
import type { SandboxRequest } from '../../core/request';
import type { Principal } from '../access/principal';
import type { NhsJobContext } from '../context';
import { apiError, type FieldProblem, validationFailed } from '../errors';
import type { ApplicationRecord } from '../records';
import { representApplication } from '../represent';

interface ApplicationInput {
	job_id: string;
	candidate_id: string;
	resume_url: string;
}

/**
 * `POST /applications` with the documented body `{job_id, candidate_id, resume_url}`: 422 naming
 * each bad field, 409 when the job is closed or the candidate already applied, 201 with the
 * application otherwise, which subscribers then hear about as `application.submitted`.
 */
export function submitApplication(ctx: NhsJobContext, req: SandboxRequest, principal: Principal): Reply {
	const input = readInput(req);
	const store = ctx.store();
	const problems: FieldProblem[] = [];
	const job = store.jobs.get(input.job_id);
	if (!job) problems.push({ field: 'job_id', message: `does not match any job (${input.job_id})` });
	if (!store.candidates.has(input.candidate_id)) problems.push({ field: 'candidate_id', message: `does not match any candidate (${input.candidate_id})` });
	if (problems.length > 0) throw validationFailed(problems);
	if (job?.status === 'closed') throw apiError(409, 'job_closed', `Job ${input.job_id} is closed and no longer accepts applications.`);
	for (const existing of store.applications.values()) {
		if (existing.job_id === input.job_id && existing.candidate_id === input.candidate_id && existing.status !== 'withdrawn') {
			throw apiError(409, 'duplicate_application', `Candidate ${input.candidate_id} has already applied to job ${input.job_id} (${existing.id}).`, {
				application_id: existing.id,
			});
		}
	}

	const now = new Date().toISOString();
	const application: ApplicationRecord = {
		id: `app_${store.nextApplicationNumber++}`,
		...input,
		status: 'submitted',
		submitted_at: now,
		updated_at: now,
		submitted_by: principal.label,
	};
	store.applications.set(application.id, application);
	ctx.events().announce(req.signal, 'application.submitted', {
		application_id: application.id,
		job_id: application.job_id,
		candidate_id: application.candidate_id,
		resume_url: application.resume_url,
		status: application.status,
		submitted_at: application.submitted_at,
	});
	return json(201, { data: representApplication(application) });
}

function readInput(req: SandboxRequest): ApplicationInput {
	const mediaType = parseHeaderWithParams(req.headers['content-type']).mediaType;
	if (mediaType !== 'application/json') throw apiError(415, 'unsupported_media_type', 'Send the application as application/json.');
	const parsed = parseJsonBody(req.body);
	if (!parsed.ok) throw apiError(400, 'invalid_json', `The body is not valid JSON: ${parsed.message}`);
	if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
		throw apiError(400, 'invalid_body', 'The body must be a JSON object with job_id, candidate_id and resume_url.');
	}
	const body = parsed.value as Record<string, unknown>;
	const problems: FieldProblem[] = [];
	for (const field of ['job_id', 'candidate_id', 'resume_url'] as const) {
		const value = body[field];
		if (value === undefined || value === null || value === '') problems.push({ field, message: 'is required' });
		else if (typeof value !== 'string') problems.push({ field, message: 'must be a string' });
	}
	if (typeof body.resume_url === 'string' && body.resume_url !== '' && !isWebAddress(body.resume_url)) {
		problems.push({ field: 'resume_url', message: 'must be an absolute http(s) URL' });
	}
	if (problems.length > 0) throw validationFailed(problems);
	return { job_id: String(body.job_id), candidate_id: String(body.candidate_id), resume_url: String(body.resume_url) };
}

function isWebAddress(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
	} catch {
		return false;
	}
}
