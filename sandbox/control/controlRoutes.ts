import { HttpError } from '../core/httpError';
import { parseJsonBody } from '../core/jsonBody';
import { json } from '../core/reply';
import type { SandboxRequest } from '../core/request';
import { Router } from '../core/router';
import type { AnyProvider } from '../registry';
import { type FaultStore, parseFaultSpec } from './faults';
import type { RequestLog } from './requestLog';

export interface ControlDependencies {
	readonly providers: Readonly<Record<string, AnyProvider>>;
	readonly faults: FaultStore;
	readonly log: RequestLog;
}

/** The `/_control` API (paths here are relative to it). Unauthenticated, JSON in and out, never faulted. */
export function buildControlRouter(deps: ControlDependencies): Router {
	const { providers, faults, log } = deps;
	const router = new Router()
		.post('/reset', (req) => {
			const body = objectBody(req);
			const seeds = Object.fromEntries(
				Object.entries(providers).map(([name, provider]) => [name, provider.parseSeed(body[name])]),
			);
			rejectUnknownProviders(body, providers);
			log.clear();
			faults.clear();
			const summary = Object.fromEntries(
				Object.entries(providers).map(([name, provider]) => [name, provider.reset(seeds[name])]),
			);
			return json(200, { ok: true, ...summary });
		})
		.get('/config', () => json(200, currentConfig(providers)))
		.post('/config', (req) => {
			const body = objectBody(req);
			rejectUnknownProviders(body, providers);
			for (const [name, provider] of Object.entries(providers)) {
				if (body[name] !== undefined) provider.configure(body[name]);
			}
			return json(200, currentConfig(providers));
		})
		.get('/faults', () => json(200, faults.list()))
		.post('/faults', (req) => {
			const known = Object.keys(providers);
			return json(201, faults.add(parseFaultSpec(objectBody(req), known)));
		})
		.delete('/faults', () => {
			faults.clear();
			return json(200, { ok: true });
		})
		.get('/requests', (req) => json(200, log.list(req.query.get('provider') ?? undefined)))
		.delete('/requests', () => {
			log.clear();
			return json(200, { ok: true });
		});
	return router;
}

function currentConfig(providers: Readonly<Record<string, AnyProvider>>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(providers).map(([name, provider]) => [name, provider.currentConfig()]));
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

function rejectUnknownProviders(body: Record<string, unknown>, providers: Readonly<Record<string, AnyProvider>>): void {
	const unknown = Object.keys(body).filter((name) => !(name in providers));
	if (unknown.length > 0) {
		throw new HttpError(400, { error: `Unknown provider(s): ${unknown.join(', ')}. Known: ${Object.keys(providers).join(', ')}.` });
	}
}
