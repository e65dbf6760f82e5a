import type { IncomingMessage, ServerResponse } from 'node:http';

import { buildFaultReply } from './control/faultReply';
import type { FaultStore } from './control/faults';
import type { RequestLog } from './control/requestLog';
import { delay } from './core/delay';
import { HttpError } from './core/httpError';
import { queryObject } from './core/queryObject';
import { readBody } from './core/readBody';
import { type Reply, json } from './core/reply';
import type { SandboxRequest } from './core/request';
import type { Router } from './core/router';
import { sendReply } from './core/sendReply';
import type { AnyProvider } from './registry';

export const CONTROL_PREFIX = '/_control';

export interface DispatchDependencies {
	readonly providers: Readonly<Record<string, AnyProvider>>;
	readonly controlRouter: Router;
	readonly faults: FaultStore;
	readonly log: RequestLog;
	/** Aborted when the server closes. */
	readonly signal: AbortSignal;
}

export function createRequestListener(deps: DispatchDependencies): (req: IncomingMessage, res: ServerResponse) => void {
	return (req, res) => {
		dispatch(deps, req, res).catch((error: unknown) => {
			// The server is closing or the client went away: there is nobody to answer.
			if (deps.signal.aborted || req.socket.destroyed) {
				req.socket.destroy();
				return;
			}
			console.error('[sandbox] unexpected error', error);
			sendReply(req, res, json(500, { detail: 'A server error occurred.' }));
		});
	};
}

async function dispatch(deps: DispatchDependencies, req: IncomingMessage, res: ServerResponse): Promise<void> {
	const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
	const path = url.pathname;
	if (isUnder(path, CONTROL_PREFIX)) {
		await handleControlCall(deps, req, res, url);
		return;
	}
	const provider = Object.values(deps.providers).find((candidate) => isUnder(path, candidate.prefix));
	if (provider) {
		await handleProviderCall(deps, provider, req, res, url);
		return;
	}
	await readBody(req);
	sendReply(
		req,
		res,
		json(404, {
			error: `Nothing is mounted at ${path}.`,
			providers: Object.values(deps.providers).map((candidate) => candidate.prefix),
		}),
	);
}

async function handleProviderCall(
	deps: DispatchDependencies,
	provider: AnyProvider,
	req: IncomingMessage,
	res: ServerResponse,
	url: URL,
): Promise<void> {
	const method = req.method ?? 'GET';
	const path = url.pathname.slice(provider.prefix.length) || '/';
	const entry = deps.log.record({ provider: provider.name, method, path, query: queryObject(url.searchParams) });
	res.on('finish', () => {
		entry.status = res.statusCode;
	});

	const fault = deps.faults.take(provider.name, method, path);
	if (fault?.latencyMs) await delay(fault.latencyMs, deps.signal);
	if (fault?.drop) {
		req.socket.resetAndDestroy();
		return;
	}
	const { body, tooLarge } = await readBody(req);
	if (fault?.hang) {
		await holdOpen(req, deps.signal);
		return;
	}
	if (fault?.status !== undefined || fault?.echo) {
		const echoed = { method, url: req.url ?? '', headers: { ...req.headers }, body: body.toString('utf8') };
		sendReply(req, res, buildFaultReply(fault, echoed));
		return;
	}
	const request: SandboxRequest = {
		method,
		path,
		fullPath: url.pathname,
		query: fault?.ignorePaging ? withoutPaging(url.searchParams) : url.searchParams,
		headers: req.headers,
		body,
		bodyTooLarge: tooLarge,
		params: {},
		signal: deps.signal,
	};
	const reply = await replyOf(() => provider.handle(request));
	if (fault?.afterHandling === 'reset') {
		req.socket.resetAndDestroy();
		return;
	}
	if (fault?.afterHandling === 'hang') {
		await holdOpen(req, deps.signal);
		return;
	}
	sendReply(req, res, reply);
	if (fault?.deleteAhead) deleteLeading(provider.listedRecords?.(path), fault.deleteAhead);
	if (fault?.insertAhead) insertLeading(provider.listedRecords?.(path), fault.insertAhead);
	if (fault?.moveToEnd) moveLeadingToEnd(provider.listedRecords?.(path), fault.moveToEnd);
}

/** Query parameters that choose a page, in every provider's spelling; matched without case. */
const PAGING_PARAMETERS = new Set(['offset', 'page', 'pageno']);

function withoutPaging(query: URLSearchParams): URLSearchParams {
	const kept = new URLSearchParams();
	for (const [name, value] of query) if (!PAGING_PARAMETERS.has(name.toLowerCase())) kept.append(name, value);
	return kept;
}

/** Answers nothing until the client gives up or the sandbox closes. */
async function holdOpen(req: IncomingMessage, signal: AbortSignal): Promise<void> {
	if (!req.socket.destroyed && !signal.aborted) {
		await new Promise<void>((resolve) => {
			const done = () => {
				signal.removeEventListener('abort', done);
				resolve();
			};
			req.socket.once('close', done);
			signal.addEventListener('abort', done, { once: true });
		});
	}
	req.socket.destroy();
}

/** Removes records from the front of a list, as if deleted by someone else while a client reads it. */
function deleteLeading(records: Map<unknown, unknown> | undefined, count: number): void {
	if (!records) return;
	for (const key of [...records.keys()].slice(0, count)) records.delete(key);
}

/** Moves records from the front of a list to its end, as if re-sorted after someone updated them: the size stays the same. */
function moveLeadingToEnd(records: Map<unknown, unknown> | undefined, count: number): void {
	if (!records) return;
	for (const [key, record] of [...records.entries()].slice(0, count)) {
		records.delete(key);
		records.set(key, record);
	}
}

let insertedSerial = 0;

/**
 * Puts `count` new records at the front of a list, as if created by someone else while a client reads
 * it: copies of the first record under new keys, each field that held the old key holding the new one.
 * Numeric keys continue far above the seeded ones so that the provider's own ids never meet them.
 */
function insertLeading(records: Map<unknown, unknown> | undefined, count: number): void {
	const first = records?.entries().next().value;
	if (!records || !first) return;
	const [key, record] = first;
	const added = new Map<unknown, unknown>();
	for (let index = 0; index < count; index++) {
		insertedSerial++;
		const newKey = typeof key === 'number' ? 9_000_000 + insertedSerial : `${String(key)}-inserted-${insertedSerial}`;
		const copy = structuredClone(record) as Record<string, unknown>;
		for (const [field, value] of Object.entries(copy)) if (value === key) copy[field] = newKey;
		added.set(newKey, copy);
	}
	const existing = [...records.entries()];
	records.clear();
	for (const [newKey, copy] of added) records.set(newKey, copy);
	for (const [oldKey, value] of existing) records.set(oldKey, value);
}

async function handleControlCall(
	deps: DispatchDependencies,
	req: IncomingMessage,
	res: ServerResponse,
	url: URL,
): Promise<void> {
	const method = req.method ?? 'GET';
	const path = url.pathname.slice(CONTROL_PREFIX.length) || '/';
	const { body, tooLarge } = await readBody(req);
	const owner = Object.values(deps.providers).find((provider) => isUnder(path, `/${provider.name}`));
	const router = owner ? owner.controlRoutes : deps.controlRouter;
	const routedPath = owner ? path.slice(owner.name.length + 1) || '/' : path;
	const match = router.match(method, routedPath);
	if (match.kind !== 'found') {
		const status = match.kind === 'not-found' ? 404 : 405;
		sendReply(req, res, json(status, { error: `No control route for ${method} ${url.pathname}.` }));
		return;
	}
	const request: SandboxRequest = {
		method,
		path: routedPath,
		fullPath: url.pathname,
		query: url.searchParams,
		headers: req.headers,
		body,
		bodyTooLarge: tooLarge,
		params: match.params,
		signal: deps.signal,
	};
	sendReply(req, res, await replyOf(() => match.handler(request)));
}

/** Runs a handler; an HttpError it throws becomes the reply. */
async function replyOf(handle: () => Reply | Promise<Reply>): Promise<Reply> {
	try {
		return await handle();
	} catch (error) {
		if (error instanceof HttpError) return json(error.status, error.body, error.headers);
		throw error;
	}
}

function isUnder(path: string, prefix: string): boolean {
	return path === prefix || path.startsWith(`${prefix}/`);
}
