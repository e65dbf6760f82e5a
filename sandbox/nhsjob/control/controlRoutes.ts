import { HttpError } from '../../core/httpError';
import { parseJsonBody } from '../../core/jsonBody';
import { json } from '../../core/reply';
import type { SandboxRequest } from '../../core/request';
import { Router } from '../../core/router';
import type { NhsJobContext } from '../context';
import type { OAuthStore } from '../oauth/oauthStore';
import { representApplication, representJob } from '../represent';
import { performAction } from '../webhooks/eventActions';
import type { Repeat } from '../webhooks/eventSource';
import type { DeliveryVariant } from '../webhooks/signDelivery';
import { EVENT_TYPES, type EventType } from '../webhooks/subscriptions';
import { countState } from './counts';

const VARIANTS: DeliveryVariant[] = ['signed', 'forged', 'unsigned', 'stale'];
const REPEATS: Repeat[] = ['none', 'retry', 'replay'];

/** Routes that let tests look inside the emulation and act as NHSJob's dashboard (mounted under `/_control/nhsjob`). */
export function buildControlRoutes(ctx: NhsJobContext, oauth: () => OAuthStore): Router {
	return new Router()
		.get('/state', () => json(200, { counts: countState(ctx.store()), oauthGrants: oauth().grants, anchor: new Date(ctx.store().anchorMs).toISOString() }))
		.get('/jobs', () => {
			const store = ctx.store();
			return json(200, store.jobOrder.map((id) => representJob(store.jobs.get(id)!)));
		})
		.get('/applications', () => json(200, [...ctx.store().applications.values()].map((application) => ({ ...representApplication(application), submitted_by: application.submitted_by }))))
		.post('/tokens/expire', () => json(200, { expired: oauth().expireAccessTokens(Date.now()) }))
		.post('/webhooks', (req) => json(201, ctx.events().subscribe(body(req))))
		.get('/webhooks', () => json(200, ctx.events().list()))
		.get('/deliveries', async () => {
			await ctx.events().settle();
			return json(200, ctx.events().deliveries());
		})
		.post('/events', async (req) => {
			const input = body(req);
			const type = oneOf(input.type, EVENT_TYPES, 'type');
			const variant = oneOf(input.variant ?? 'signed', VARIANTS, 'variant');
			const repeat = oneOf(input.repeat ?? 'none', REPEATS, 'repeat');
			const staleSeconds = input.staleSeconds === undefined ? 600 : Number(input.staleSeconds);
			if (!Number.isFinite(staleSeconds)) throw new HttpError(400, { error: 'staleSeconds must be a number of seconds (negative: in the future).' });
			const data =
				input.data !== undefined
					? input.data
					: performAction(ctx.store(), type as EventType, { target: optionalText(input.target, 'target'), status: optionalText(input.status, 'status') });
			const webhookId = optionalText(input.webhookId, 'webhookId');
			const copies = input.copies === undefined ? 1 : Number(input.copies);
			if (!Number.isInteger(copies) || copies < 1 || copies > 20) throw new HttpError(400, { error: 'copies must be an integer from 1 to 20.' });
			const deliveries = await ctx.events().emit(req.signal, type as EventType, data, { variant: variant as DeliveryVariant, repeat: repeat as Repeat, webhookId, staleSeconds, copies });
			return json(200, { data, deliveries });
		});
}

function body(req: SandboxRequest): Record<string, unknown> {
	const parsed = parseJsonBody(req.body);
	if (!parsed.ok) throw new HttpError(400, { error: `Malformed JSON: ${parsed.message}` });
	const value = parsed.value ?? {};
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, { error: 'The body must be a JSON object.' });
	return value as Record<string, unknown>;
}

function oneOf(value: unknown, allowed: readonly string[], name: string): string {
	if (typeof value !== 'string' || !allowed.includes(value)) throw new HttpError(400, { error: `${name} must be one of ${allowed.join(', ')}.` });
	return value;
}

function optionalText(value: unknown, name: string): string | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'string' || value === '') throw new HttpError(400, { error: `${name} must be a non-empty string.` });
	return value;
}
