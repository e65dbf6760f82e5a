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
import { type AnyProvider, RESERVED_PREFIXES } from './registry';

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
	const reserved = Object.entries(RESERVED_PREFIXES).find(([, prefix]) => isUnder(path, prefix));
	sendReply(
		req,
		res,
		reserved
			? json(501, { error: `The ${reserved[0]} emulation is not available yet.` })
			: json(404, {
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
	if (fault?.status !== undefined) {
		sendReply(req, res, buildFaultReply(fault));
		return;
	}
	const request: SandboxRequest = {
		method,
		path,
		fullPath: url.pathname,
		query: url.searchParams,
		headers: req.headers,
		body,
		bodyTooLarge: tooLarge,
		params: {},
		signal: deps.signal,
	};
	const reply = await replyOf(() => provider.handle(request));
	if (fault?.dropAfterHandling) {
		req.socket.resetAndDestroy();
		return;
	}
	sendReply(req, res, reply);
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
