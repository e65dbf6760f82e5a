import { createHash } from 'node:crypto';

import { HttpError } from '../core/httpError';
import { parseJsonBody } from '../core/jsonBody';
import { bytes, json } from '../core/reply';
import type { SandboxRequest } from '../core/request';
import { Router } from '../core/router';
import type { CegidContext } from './context';
import { applyChange, type Change } from './delivery/applyChange';
import { deliverEvents, pingHooks } from './delivery/deliver';
import type { Signing } from './delivery/signDelivery';
import type { CegidStore } from './store';

export interface CegidCounts {
	readonly vacancies: number;
	readonly candidates: number;
	readonly attachments: number;
	readonly webhooks: number;
	readonly reports: number;
}

export interface CegidVacancySummary {
	readonly reference: string;
	readonly chronoNumber: number;
	readonly status: string;
	readonly modificationDate: string;
}

export interface CegidAttachmentSummary {
	readonly id: string;
	readonly filename: string;
	readonly mimeType: string;
	readonly isResume: boolean;
	readonly size: number;
	readonly sha256: string;
}

export interface CegidCandidateSummary {
	readonly id: string;
	readonly email: string;
	readonly chronoNumber: number;
	readonly updateDate: string;
	readonly attachments: CegidAttachmentSummary[];
}

export interface CegidTokenCounts {
	readonly issued: number;
	readonly active: number;
}

/** Control routes, mounted under `/_control/cegid`, for tests to look at and change the emulation. */
export function buildInspectionRouter(ctx: CegidContext): Router {
	return new Router()
		.get('/state', () => json(200, { counts: countState(ctx.store()), anchor: new Date(ctx.store().anchorMs).toISOString() }))
		.get('/vacancies', () => json(200, [...ctx.store().vacancies.values()].map((vacancy): CegidVacancySummary => ({
			reference: vacancy.reference,
			chronoNumber: vacancy.chronoNumber,
			status: vacancy.status,
			modificationDate: String(vacancy.offerDetail.modificationDate),
		}))))
		.get('/candidates', () => json(200, [...ctx.store().candidates.values()].map((candidate): CegidCandidateSummary => ({
			id: candidate.id,
			email: candidate.email,
			chronoNumber: candidate.chronoNumber,
			updateDate: candidate.updateDate,
			attachments: candidate.attachments.map((attachment) => ({
				id: attachment.id,
				filename: attachment.filename,
				mimeType: attachment.mimeType,
				isResume: attachment.isResume,
				size: attachment.bytes.length,
				sha256: createHash('sha256').update(attachment.bytes).digest('hex'),
			})),
		}))))
		.get('/candidates/:candidateId/attachments/:attachmentId', (req) => {
			const attachment = ctx.store().candidates.get(req.params.candidateId)?.attachments.find((entry) => entry.id === req.params.attachmentId);
			if (!attachment) throw new HttpError(404, { error: 'No such attachment.' });
			return bytes(200, attachment.mimeType, attachment.bytes, { 'X-Filename': encodeURIComponent(attachment.filename) });
		})
		.get('/tokens', () => json(200, ctx.tokens.counts(Date.now())))
		.post('/tokens/expire', (req) => {
			const afterCalls = objectBody(req).afterCalls ?? 0;
			if (typeof afterCalls !== 'number' || !Number.isInteger(afterCalls) || afterCalls < 0) {
				throw new HttpError(400, { error: 'afterCalls must be a non-negative integer.' });
			}
			ctx.tokens.expire(afterCalls);
			return json(200, { ok: true });
		})
		.get('/webhooks', () => json(200, [...ctx.store().webhooks.values()]))
		.delete('/webhooks/:hookId', (req) => {
			if (!ctx.store().webhooks.delete(req.params.hookId)) throw new HttpError(404, { error: 'No such webhook.' });
			return json(200, { ok: true });
		})
		.get('/reports', () => json(200, ctx.store().reports))
		.post('/export-faults', (req) => json(201, ctx.exportFaults.add(objectBody(req))))
		.post('/changes', async (req) => {
			const body = objectBody(req);
			if (!Array.isArray(body.changes) || body.changes.length === 0) throw new HttpError(400, { error: 'changes must be a non-empty array.' });
			const signing = (body.signing ?? 'valid') as Signing;
			if (!['valid', 'forged', 'unsigned', 'expired', 'tampered'].includes(signing)) {
				throw new HttpError(400, { error: 'signing must be valid, forged, unsigned, expired or tampered.' });
			}
			const copies = body.copies === undefined ? 1 : Number(body.copies);
			if (!Number.isInteger(copies) || copies < 1 || copies > 20) throw new HttpError(400, { error: 'copies must be an integer from 1 to 20.' });
			const now = Date.now();
			const events = (body.changes as Change[]).map((change) => applyChange(ctx.store(), change, now));
			const deliveries = await deliverEvents(ctx.store(), ctx.config(), events, { batch: body.batch !== false, signing, copies, replay: body.replay === true });
			return json(200, { events, deliveries });
		})
		.post('/ping', async (req) => {
			const hookIds = objectBody(req).hookIds;
			return json(200, await pingHooks(ctx.store(), ctx.config(), Array.isArray(hookIds) ? hookIds.map(String) : undefined));
		});
}

export function countState(store: CegidStore): CegidCounts {
	let attachments = 0;
	for (const candidate of store.candidates.values()) attachments += candidate.attachments.length;
	return {
		vacancies: store.vacancies.size,
		candidates: store.candidates.size,
		attachments,
		webhooks: store.webhooks.size,
		reports: store.reports.length,
	};
}

function objectBody(req: SandboxRequest): Record<string, unknown> {
	const parsed = parseJsonBody(req.body);
	if (!parsed.ok) throw new HttpError(400, { error: `Malformed JSON: ${parsed.message}` });
	if (parsed.value === undefined) return {};
	if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
		throw new HttpError(400, { error: 'The body must be a JSON object.' });
	}
	return parsed.value as Record<string, unknown>;
}
