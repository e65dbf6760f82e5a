import { request as httpRequest } from 'node:http';
import type { INodeListSearchItems, INodeListSearchResult, INodeProperties } from 'n8n-workflow';

import type { SandboxControl } from '../../sandbox/client';
import type { ProviderName } from '../../sandbox/registry';
import { startHostileServer, type HostileServer } from '../fixtures/hostile-server';
import { runListSearch } from '../jobtrain/listSearch';
import type { CredentialStore } from './credential-store';
import { loadPackage } from './package-loader';

/** How the proxy in front of the sandbox changes the list bodies it passes on. */
export type ProxyMode = { kind: 'pass' } | { kind: 'dropTotals' } | { kind: 'corruptIds'; value: string };

/**
 * An HTTP proxy on 127.0.0.1 in front of the sandbox: passes every call through, and can change the JSON bodies of the
 * answers the way a broken server would (records without usable IDs, no totals). Records every call.
 */
export interface SandboxProxy {
	server: HostileServer;
	mode: ProxyMode;
	/** The last JSON answer holding a list of records, as the sandbox sent it. */
	lastList?: unknown;
}

export async function startSandboxProxy(sandboxUrl: string): Promise<SandboxProxy> {
	const target = new URL(sandboxUrl);
	const proxy: SandboxProxy = { mode: { kind: 'pass' }, server: undefined as unknown as HostileServer };
	proxy.server = await startHostileServer((incoming, response, body) => {
		const headers = { ...incoming.headers, host: target.host };
		delete headers['accept-encoding'];
		delete headers['content-length'];
		const forward = httpRequest({ host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers }, (answer) => {
			const chunks: Buffer[] = [];
			answer.on('data', (chunk: Buffer) => chunks.push(chunk));
			answer.on('end', () => {
				let text = Buffer.concat(chunks).toString('utf8');
				try {
					const parsed: unknown = JSON.parse(text);
					if (findRecords(parsed)) {
						proxy.lastList = parsed;
						text = JSON.stringify(rewrite(parsed, proxy.mode));
					}
				} catch {
					// Not JSON: passed on as it is.
				}
				const out = { ...answer.headers };
				delete out['content-length'];
				delete out['content-encoding'];
				response.writeHead(answer.statusCode ?? 502, out);
				response.end(text);
			});
		});
		forward.end(body);
	});
	return proxy;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first array of records in a body (top level, or one level down). */
function findRecords(body: unknown): Json[] | undefined {
	if (Array.isArray(body)) return body.length > 0 && body.every(isRecord) ? (body as Json[]) : undefined;
	if (!isRecord(body)) return undefined;
	for (const value of Object.values(body)) if (Array.isArray(value) && value.length > 0 && value.every(isRecord)) return value as Json[];
	return undefined;
}

/** Hostile IDs a broken server may send, one per record. */
export const BAD_IDS: unknown[] = [undefined, null, { a: 1 }, '', '   ', [7], true, Number.NaN];

function rewrite(body: unknown, mode: ProxyMode): unknown {
	if (mode.kind === 'pass') return body;
	if (mode.kind === 'dropTotals') {
		if (!isRecord(body)) return body;
		const copy: Json = {};
		for (const [key, value] of Object.entries(body)) if (!/^(count|total|meta)$/i.test(key)) copy[key] = value;
		return copy;
	}
	const records = findRecords(body)!;
	const good = records.length - 1;
	records.forEach((record, index) => {
		const idKeys = Object.keys(record).filter((key) => String(record[key]) === mode.value || record[key] === Number(mode.value));
		if (index === good) {
			// Its ID is kept (the answer's value); every text that is not an ID becomes an object.
			for (const key of Object.keys(record)) if (typeof record[key] === 'string' && !idKeys.includes(key)) record[key] = { nested: record[key] };
			return;
		}
		// Every ID field (`id`, `jobId`, `candidateId`, ...) gets a bad value, one kind per record.
		const bad = BAD_IDS[index % BAD_IDS.length];
		for (const key of Object.keys(record)) {
			if (!/id$/i.test(key)) continue;
			if (bad === undefined) delete record[key];
			else record[key] = bad;
		}
	});
	return body;
}

/** The list searches of a node, with the parameters the editor holds when each is opened (from the node's properties). */
export async function listSearchMethods(nodeType: string): Promise<Array<{ method: string; parameters: Record<string, unknown> }>> {
	const loaded = await loadPackage();
	const type = loaded.nodeTypes.getByNameAndVersion(loaded.fullNodeType(nodeType), loaded.latestVersion(nodeType));
	const methods = Object.keys(type.methods?.listSearch ?? {});
	const found = new Map<string, Record<string, unknown>>();
	const visit = (properties: unknown[], show: Record<string, unknown> | undefined) => {
		for (const entry of properties) {
			const property = entry as INodeProperties & { modes?: Array<{ typeOptions?: { searchListMethod?: string } }> };
			const shown = property.displayOptions?.show ?? show;
			for (const mode of property.modes ?? []) {
				const method = mode.typeOptions?.searchListMethod;
				if (method && !found.has(method)) {
					const parameters: Record<string, unknown> = {};
					for (const [key, values] of Object.entries(shown ?? {})) if (Array.isArray(values)) parameters[key] = values[0];
					found.set(method, parameters);
				}
			}
			if (Array.isArray(property.options)) visit(property.options as unknown[], shown);
			if (Array.isArray((property as { values?: unknown[] }).values)) visit((property as { values?: unknown[] }).values!, shown);
		}
	};
	visit(type.description.properties, undefined);
	return methods.map((method) => ({ method, parameters: found.get(method) ?? {} }));
}

export interface GuardedProvider {
	nodeType: string;
	provider: ProviderName;
	control: () => SandboxControl;
	sandboxUrl: () => string;
	/** Credentials whose base URL is `baseUrl`. */
	credentials: (baseUrl: (sandboxBase: string) => string) => Record<string, object>;
	store: () => CredentialStore;
	/** Values of other fields a search depends on (the Job of Jobtrain's candidate search). */
	dependencies?: Record<string, () => Promise<unknown>>;
}

/**
 * Regression tests of every list search of a node (found in its `methods.listSearch`, so a new search is covered
 * without being listed): forged page tokens are refused before anything is sent; records without a usable ID are
 * skipped and names that are not text fall back to the ID; a server that ignores the paging parameter (with or
 * without a total) ends the list instead of repeating it, and no answer holds a value twice.
 */
export function describeListSearchGuards(provider: GuardedProvider): void {
	let proxy: SandboxProxy;
	beforeAll(async () => {
		proxy = await startSandboxProxy(provider.sandboxUrl());
	});
	afterAll(async () => await proxy.server.close());
	afterEach(async () => {
		proxy.mode = { kind: 'pass' };
		await provider.control().clearFaults();
	});

	const search = async (method: string, parameters: Record<string, unknown>, options: { filter?: string; paginationToken?: string } = {}): Promise<INodeListSearchResult> =>
		await runListSearch({
			nodeType: provider.nodeType,
			method,
			parameters: parameters as never,
			credentials: provider.credentials((base) => base.replace(provider.sandboxUrl(), proxy.server.url)),
			store: provider.store(),
			...options,
		});

	const withDependencies = async (parameters: Record<string, unknown>): Promise<Record<string, unknown>> => {
		const filled = { ...parameters };
		for (const [name, value] of Object.entries(provider.dependencies ?? {})) filled[name] = await value();
		return filled;
	};

	const methods = async () => await listSearchMethods(provider.nodeType);

	it('finds list searches to test', async () => {
		expect((await methods()).length).toBeGreaterThan(0);
	});

	it('every list search refuses a page token it did not hand out, sending nothing', async () => {
		const forged = ['Infinity', '1e300', '9007199254740993', '-1', '-5', 'abc', '__proto__', '0x10', '1.5', ' 1', '99999999999999999999', '1.zzzzzzzz'];
		for (const { method, parameters } of await methods()) {
			const filled = await withDependencies(parameters);
			proxy.server.requests.length = 0;
			for (const token of forged) {
				await expect(search(method, filled, { paginationToken: token })).rejects.toThrow('Invalid page token for this list');
			}
			expect({ method, sent: proxy.server.requests.map((request) => request.url) }).toEqual({ method, sent: [] });
		}
	});

	it('every list search skips records without a usable ID and shows names that are not text as the ID', async () => {
		for (const { method, parameters } of await methods()) {
			const filled = await withDependencies(parameters);
			const normal = await search(method, filled);
			expect({ method, entries: normal.results.length >= 2 }).toEqual({ method, entries: true });
			// The page's last record is the answer's last entry; it keeps its ID, the others lose theirs.
			const keep = findRecords(proxy.lastList)!.at(-1)!;
			const keptValue = normal.results.at(-1)!.value;
			expect({ method, kept: Object.values(keep).some((value) => String(value) === String(keptValue)) }).toEqual({ method, kept: true });
			proxy.mode = { kind: 'corruptIds', value: String(keptValue) };
			const hostile = await search(method, filled);
			proxy.mode = { kind: 'pass' };
			const values = hostile.results.map((entry) => String(entry.value));
			expect({ method, values }).toEqual({ method, values: [String(keptValue)] });
			expect({ method, name: hostile.results[0].name }).toEqual({ method, name: expect.not.stringMatching(/\[object Object\]|undefined|null/) });
			expect(hostile.results[0].name).toContain(String(keptValue));
		}
	});

	for (const totals of ['with its total', 'without a total'] as const) {
		it(`every list search ends the list when the server ignores the paging parameter (${totals}), never repeating an entry`, async () => {
			for (const { method, parameters } of await methods()) {
				const filled = await withDependencies(parameters);
				await provider.control().fault({ provider: provider.provider, ignorePaging: true, count: 1000 });
				if (totals === 'without a total') proxy.mode = { kind: 'dropTotals' };
				for (const filter of [undefined, 'e']) {
					const seen: INodeListSearchItems[] = [];
					let token: string | undefined;
					let calls = 0;
					do {
						const answer = await search(method, filled, { filter, paginationToken: token });
						seen.push(...answer.results);
						token = answer.paginationToken as string | undefined;
						calls++;
					} while (token !== undefined && calls < 6);
					const values = seen.map((entry) => String(entry.value));
					expect({ method, calls: calls <= 2, unique: new Set(values).size === values.length }).toEqual({ method, calls: true, unique: true });
				}
				proxy.mode = { kind: 'pass' };
				await provider.control().clearFaults();
			}
		});
	}
}
