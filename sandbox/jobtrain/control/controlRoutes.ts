import { createHash } from 'node:crypto';

import { HttpError } from '../../core/httpError';
import { parseJsonBody } from '../../core/jsonBody';
import { bytes, json } from '../../core/reply';
import type { SandboxRequest } from '../../core/request';
import { Router } from '../../core/router';
import type { Disruptions } from '../access/disruptions';
import type { TokenRegistry } from '../access/tokens';
import { iso } from '../clock';
import type { JobtrainContext } from '../context';
import type { StoredFile } from '../records';
import { applicationDetailView } from '../represent';
import type { JobtrainStore } from '../store';
import { applySteps, parseSteps, type MadeChange } from './changes';

export interface JobtrainCounts {
	readonly jobs: number;
	readonly openJobs: number;
	readonly closedJobs: number;
	readonly candidates: number;
	readonly applications: number;
	/** Applications in the 24-hour change export right now. */
	readonly changedInLast24Hours: number;
}

export interface JobtrainStateSummary {
	readonly counts: JobtrainCounts;
	/** The sandbox clock, ISO 8601. */
	readonly now: string;
	/** "Now" of the seeded data. */
	readonly anchor: string;
	readonly tokensIssued: number;
}

export interface StoredFileSummary {
	readonly fileName: string;
	readonly contentType: string;
	readonly size: number;
	readonly sha256: string;
}

export function countState(store: JobtrainStore, now: number): JobtrainCounts {
	const jobs = [...store.jobs.values()];
	const openJobs = jobs.filter((job) => job.status === 'Open').length;
	const dayAgo = now - 24 * 60 * 60 * 1000;
	return {
		jobs: jobs.length,
		openJobs,
		closedJobs: jobs.length - openJobs,
		candidates: store.candidates.size,
		applications: store.applications.size,
		changedInLast24Hours: [...store.applications.values()].filter((application) => store.lastChangeMs(application) >= dayAgo).length,
	};
}

function body(req: SandboxRequest): Record<string, unknown> {
	const parsed = parseJsonBody(req.body);
	if (!parsed.ok) throw new HttpError(400, { error: `Malformed JSON: ${parsed.message}` });
	const value = parsed.value ?? {};
	if (typeof value !== 'object' || Array.isArray(value)) throw new HttpError(400, { error: 'The body must be a JSON object.' });
	return value as Record<string, unknown>;
}

function wholeNumber(value: unknown, name: string, options: { fallback?: number; min: number }): number {
	if (value === undefined && options.fallback !== undefined) return options.fallback;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < options.min) {
		throw new HttpError(400, { error: `${name} must be an integer of at least ${options.min}.` });
	}
	return value;
}

function summary(file: StoredFile | null): StoredFileSummary | null {
	return file && { fileName: file.fileName, contentType: file.contentType, size: file.bytes.length, sha256: createHash('sha256').update(file.bytes).digest('hex') };
}

export interface ControlState {
	readonly tokens: TokenRegistry;
	readonly disruptions: Disruptions;
	/** Every change made through the control API, appended in order. */
	readonly changeLog: MadeChange[];
}

/** Control routes under `/_control/jobtrain`: inspect, change data over time, move the clock, disrupt calls. */
export function buildControlRoutes(ctx: JobtrainContext, { tokens, disruptions, changeLog }: ControlState): Router {
	const application = (req: SandboxRequest) => {
		const found = ctx.store().applications.get(Number(req.params.applicationId));
		if (!found) throw new HttpError(404, { error: 'No such application.' });
		return found;
	};
	return new Router()
		.get('/state', () => {
			const store = ctx.store();
			const state: JobtrainStateSummary = {
				counts: countState(store, ctx.clock.now()),
				now: iso(ctx.clock.now()),
				anchor: iso(store.anchorMs),
				tokensIssued: tokens.issued,
			};
			return json(200, state);
		})
		.post('/changes', (req) => {
			const made = applySteps(ctx, parseSteps(ctx, body(req)));
			changeLog.push(...made);
			return json(200, { changes: made });
		})
		.get('/changes', () => json(200, { changes: changeLog }))
		.post('/changes-during-read', (req) => {
			const input = body(req);
			if (typeof input.pathContains !== 'string') throw new HttpError(400, { error: 'pathContains must be a string.' });
			disruptions.add({
				steps: parseSteps(ctx, input),
				pathContains: input.pathContains,
				pageNo: wholeNumber(input.pageNo, 'pageNo', { min: 1 }),
				remaining: 1,
			});
			return json(201, { ok: true });
		})
		.post('/clock', (req) => {
			const input = body(req);
			const { advanceSeconds, offsetSeconds, resolutionSeconds } = input;
			const finite = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
			if (advanceSeconds === undefined && offsetSeconds === undefined && resolutionSeconds === undefined) {
				throw new HttpError(400, { error: 'Send advanceSeconds, offsetSeconds or resolutionSeconds.' });
			}
			if (advanceSeconds !== undefined && (!finite(advanceSeconds) || (advanceSeconds as number) < 0)) throw new HttpError(400, { error: 'advanceSeconds must be a non-negative number.' });
			if (offsetSeconds !== undefined && !finite(offsetSeconds)) throw new HttpError(400, { error: 'offsetSeconds must be a number.' });
			if (resolutionSeconds !== undefined && (!finite(resolutionSeconds) || (resolutionSeconds as number) < 0)) throw new HttpError(400, { error: 'resolutionSeconds must be a non-negative number.' });
			// Offset first: it sets where the clock stands; advancing then moves it on from there.
			if (offsetSeconds !== undefined) ctx.clock.setOffset((offsetSeconds as number) * 1000);
			if (advanceSeconds !== undefined) ctx.clock.advance((advanceSeconds as number) * 1000);
			if (resolutionSeconds !== undefined) ctx.clock.setResolution((resolutionSeconds as number) * 1000);
			return json(200, { now: iso(ctx.clock.now()) });
		})
		.post('/tokens/revoke', () => json(200, { revoked: tokens.revokeAll() }))
		.post('/maintenance', (req) => {
			const input = body(req);
			disruptions.add({
				status: 503,
				detail: 'Jobtrain is undergoing maintenance. Please try again in a few minutes.',
				retryAfterSeconds: wholeNumber(input.retryAfterSeconds, 'retryAfterSeconds', { fallback: 60, min: 0 }),
				remaining: wholeNumber(input.calls, 'calls', { min: 1 }),
			});
			return json(201, { ok: true });
		})
		.post('/failures', (req) => {
			const input = body(req);
			const status = wholeNumber(input.status, 'status', { fallback: 500, min: 400 });
			if (status < 400 || status > 599) throw new HttpError(400, { error: 'status must be 400-599.' });
			if (input.pathContains !== undefined && typeof input.pathContains !== 'string') throw new HttpError(400, { error: 'pathContains must be a string.' });
			disruptions.add({
				status,
				detail: 'There was a problem with the server. Please repeat the action.',
				pathContains: input.pathContains as string | undefined,
				pageNo: input.pageNo === undefined ? undefined : wholeNumber(input.pageNo, 'pageNo', { min: 1 }),
				remaining: wholeNumber(input.count, 'count', { fallback: 1, min: 1 }),
			});
			return json(201, { ok: true });
		})
		.delete('/disruptions', () => {
			disruptions.clear();
			return json(200, { ok: true });
		})
		.get('/applications/:applicationId(\\d+)', (req) => {
			const found = application(req);
			return json(200, { ...applicationDetailView(ctx.store(), found), cv: summary(found.cv), coverLetter: summary(found.coverLetter) });
		})
		.get('/applications/:applicationId(\\d+)/cv', (req) => {
			const file = application(req).cv;
			if (!file) throw new HttpError(404, { error: 'This application has no CV.' });
			return bytes(200, file.contentType, file.bytes, { 'X-Filename': encodeURIComponent(file.fileName) });
		});
}
