import type { INodeExecutionData } from 'n8n-workflow';

import { isIdempotent } from '../../nodes/shared/transport/retryPolicy';
import type { EndpointDefinition } from '../../nodes/shared/transport/types';
import type { FaultRequest, LoggedRequest, SandboxControl } from '../../sandbox/client';
import { startCegid, CLIENT_SECRET as CEGID_SECRET } from '../cegid/fixture';
import { getNodeDescription, type RunNodeResult } from '../harness';
import { API_KEY as JOBCASE_KEY, startJobcase } from '../jobcase/fixture';
import { API_PASSWORD as JOBTRAIN_PASSWORD, CLIENT_SECRET as JOBTRAIN_SECRET, startJobtrain } from '../jobtrain/fixture';
import { API_KEY as NHSJOB_KEY, CLIENT_SECRET as NHSJOB_SECRET, startNhsJob } from '../nhsjob/fixture';
import { ENDPOINTS, type Ids, type ProviderName, type Sample, SAMPLES } from './samples';

/** Short waits so that hangs and retries cost about a second. */
const REQUEST_OPTIONS = { timeoutSeconds: 1, maxRetryWaitSeconds: 2.5, maxAttempts: 3 };

interface Target {
	nodeType: string;
	control: SandboxControl;
	secrets: string[];
	/** Records the samples refer to, made in the setup. */
	ids: Ids;
	run(parameters: Record<string, unknown>, inputItems?: INodeExecutionData[]): Promise<RunNodeResult>;
	close(): Promise<void>;
}

const NODE_TYPES: Record<ProviderName, string> = { jobcase: 'jobcase', cegid: 'cegidRecruiting', jobtrain: 'jobtrain', nhsjob: 'nhsJob' };

type Fixture = {
	control: SandboxControl;
	run: (p: Record<string, unknown>, o?: { inputItems?: INodeExecutionData[] }) => Promise<RunNodeResult>;
	close(): Promise<void>;
};

async function startTarget(provider: ProviderName): Promise<Target> {
	const nodeType = NODE_TYPES[provider];
	const wrap = (fixture: Fixture, secrets: string[]): Target => ({
		nodeType,
		control: fixture.control,
		secrets,
		ids: {},
		run: async (parameters, inputItems) => await fixture.run(parameters, { inputItems }),
		close: async () => await fixture.close(),
	});
	if (provider === 'jobcase') {
		const target = wrap(await startJobcase({ jobs: 150, companies: 120, campaigns: 3 }), [JOBCASE_KEY]);
		const match = await target.run({ resource: 'resumeMatch', operation: 'submitMatch', resumeData: '{"skills": ["triage"]}', jobText: 'Triage nurse' });
		target.ids.matchKey = String(match.items[0].json.key);
		// Jobcase holds privacy data for people who applied: one applicant for privacy.get.
		await target.run({ resource: 'applicationEvent', operation: 'send', jobSourceId: 'x3js81mdz1', firstName: 'Ada', lastName: 'Lovelace', email: 'ccpa@example.com', phoneNumber: '(555) 555-5555', userIp: '203.0.113.7' });
		return target;
	}
	if (provider === 'cegid') {
		const target = wrap(await startCegid({ vacancies: 150, candidates: 20 }), [CEGID_SECRET]);
		const countries = await target.run({ resource: 'referential', operation: 'getAll', category: 'countries', returnAll: true });
		target.ids.countryCode = String(countries.items[0].json.code);
		return target;
	}
	if (provider === 'jobtrain') {
		const fixture = await startJobtrain({ jobs: 150 });
		const target = wrap(fixture, [JOBTRAIN_SECRET, JOBTRAIN_PASSWORD]);
		const open = await target.run({ resource: 'job', operation: 'getAll', returnAll: true, filters: { status: 'Open' } });
		target.ids.openJobId = Number(open.items[0].json.jobId);
		await fixture.change({ kind: 'newApplication', jobId: Number(target.ids.openJobId), count: 120 });
		const applied = await target.run(
			{ resource: 'candidate', operation: 'createAndApply', jobId: target.ids.openJobId, cvBinaryPropertyName: 'data', firstName: 'Ada', surname: 'Setup', email: 'ada.setup@example.co.uk', postcode: 'M1 1AE' },
			[{ json: {}, binary: { data: { data: Buffer.from('%PDF-1.4\nsetup').toString('base64'), mimeType: 'application/pdf', fileName: 'cv.pdf' } } }],
		);
		target.ids.candidateId = Number(applied.items[0].json.candidateId);
		return target;
	}
	const fixture = await startNhsJob({ jobs: 150 });
	// Submitting applications needs OAuth2 (API keys are read-only): samples that set it run with it.
	await fixture.connectOAuth2();
	const target: Target = {
		...wrap(fixture, [NHSJOB_KEY, NHSJOB_SECRET]),
		run: async (parameters, inputItems) =>
			await fixture.run(parameters, { inputItems, authentication: parameters.authentication === 'oAuth2' ? 'oAuth2' : 'apiKey' }),
	};
	target.ids.openJobId = String((await fixture.openJobs())[0].id);
	return target;
}

/** Ids a write cell needs fresh, because the write uses them up (a deleted webhook). */
async function freshIds(provider: ProviderName, target: Target, suffix: string): Promise<Ids> {
	if (provider !== 'cegid') return target.ids;
	const hook = await target.run({ resource: 'webhook', operation: 'create', event: 'vacancy_update', callbackUrl: `https://example.com/delete-me/${suffix}`, pingUrl: 'https://example.com/ping' });
	return { ...target.ids, hookId: String(hook.items[0].json.hookId) };
}

/** The part of an endpoint's path that names it in the sandbox's request log, without its parameters. */
function pathPart(endpoint: EndpointDefinition): string {
	const tail = endpoint.path.slice(endpoint.path.lastIndexOf('}') + 1);
	return tail.length > 1 ? tail : endpoint.path.split('{')[0];
}

/** `resource.operation` of every operation the node offers, read from its description. */
async function operationsOf(nodeType: string): Promise<string[]> {
	const { properties } = await getNodeDescription(nodeType);
	return properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) =>
			((property.options ?? []) as Array<{ value: string }>).map((option) => `${String(property.displayOptions?.show?.resource?.[0])}.${option.value}`),
		);
}

type Outcome = 'fails' | 'complete' | 'complete or fails' | 'covers the rest' | 'keeps every record';

interface ListFault {
	name: string;
	fault: (path: string) => FaultRequest;
	outcome: Outcome;
	/** What the error must say when the item fails. */
	error?: RegExp;
	/** The providers whose paging can notice the fault; all when absent. */
	providers?: ProviderName[];
}

const NOT_A_LIST = /answered with .+, not .+'s list|rejected the request|could not be read completely|corrupt export page/;
const HTML_PAGE = '<!DOCTYPE html><html><body>Sign in</body></html>';

const LIST_FAULTS: ListFault[] = [
	{ name: '200 malformed JSON', fault: (path) => ({ method: 'GET', pathContains: path, status: 200, count: 1, body: '{"count": 3, "resu', contentType: 'application/json' }), outcome: 'fails', error: /answered with (malformed JSON|.+), not/ },
	{ name: '200 HTML login page', fault: (path) => ({ method: 'GET', pathContains: path, status: 200, count: 1, body: HTML_PAGE, contentType: 'text/html' }), outcome: 'fails', error: /answered with an HTML page, not/ },
	{ name: '200 {}', fault: (path) => ({ method: 'GET', pathContains: path, status: 200, count: 1, body: {} }), outcome: 'fails', error: /answered with (an empty object \{\}|.+), not/ },
	{ name: '200 object without the list', fault: (path) => ({ method: 'GET', pathContains: path, status: 200, count: 1, body: { detail: 'ok', items: 'none' } }), outcome: 'fails', error: / answered with .+, not / },
	{ name: 'ignored paging', fault: (path) => ({ method: 'GET', pathContains: path, ignorePaging: true, count: 50 }), outcome: 'complete or fails', error: /ignored the paging parameter/ },
	{ name: 'records deleted ahead of the reader', fault: (path) => ({ method: 'GET', pathContains: path, deleteAhead: 5, count: 1 }), outcome: 'covers the rest' },
	{ name: 'records inserted ahead of the reader', fault: (path) => ({ method: 'GET', pathContains: path, insertAhead: 5, count: 1 }), outcome: 'keeps every record' },
	// A record read moves to the end: the list's size stays the same while the unread records move back by one. Only
	// offset paging (Jobcase, Cegid exports) can notice this, by overlapping each page with the last record read; pages
	// chosen by number (Jobtrain, NHSJob) cannot (see the README).
	{ name: 'a record read moved to the end (size unchanged)', fault: (path) => ({ method: 'GET', pathContains: path, moveToEnd: 1, count: 1 }), outcome: 'keeps every record', providers: ['jobcase', 'cegid'] },
	{ name: 'hang', fault: (path) => ({ method: 'GET', pathContains: path, hang: true, count: 10 }), outcome: 'fails', error: /did not answer within 1 s: the request timed out/ },
	{ name: '503 once', fault: (path) => ({ method: 'GET', pathContains: path, status: 503, count: 1 }), outcome: 'complete' },
	{ name: 'connection reset once', fault: (path) => ({ method: 'GET', pathContains: path, drop: true, count: 1 }), outcome: 'complete' },
	{ name: '400 echoing the request', fault: (path) => ({ method: 'GET', pathContains: path, echo: true, status: 400, count: 1 }), outcome: 'fails', error: /rejected the request \(400\)/ },
	{ name: '500 echoing the request', fault: (path) => ({ method: 'GET', pathContains: path, echo: true, status: 500, count: 10 }), outcome: 'fails', error: /rejected the request \(500\)/ },
];

interface RequestFault {
	name: string;
	fault: (method: string, path: string) => FaultRequest;
}

const MAY_HAVE_SAVED = /may have saved the record: check .+ before running the node again/;

/** Faults of a write: its answer lost after the provider saved it, or refused before it did. */
const WRITE_FAULTS: RequestFault[] = [
	{ name: 'reset after saved', fault: (method, path) => ({ method, pathContains: path, afterHandling: 'reset', count: 1 }) },
	{ name: 'timeout after saved', fault: (method, path) => ({ method, pathContains: path, afterHandling: 'hang', count: 1 }) },
	{ name: '429', fault: (method, path) => ({ method, pathContains: path, status: 429, retryAfter: '0', count: 1 }) },
	{ name: '503', fault: (method, path) => ({ method, pathContains: path, status: 503, count: 1 }) },
];

interface ReadFault extends RequestFault {
	/** What the error must say; none: the item completes with the record a clean run returns. */
	error?: RegExp;
}

const NOT_A_RECORD = /answered with .+, not (a record|.+'s list)/;

/** Faults of a read of one record (or an action that computes one). */
const READ_FAULTS: ReadFault[] = [
	{ name: '200 HTML login page', fault: (method, path) => ({ method, pathContains: path, status: 200, count: 1, body: HTML_PAGE, contentType: 'text/html' }), error: /answered with an HTML page, not JSON/ },
	{ name: '200 malformed JSON', fault: (method, path) => ({ method, pathContains: path, status: 200, count: 1, body: '{"id": 3, "na', contentType: 'application/json' }), error: /answered with malformed JSON, not JSON/ },
	{ name: '200 {}', fault: (method, path) => ({ method, pathContains: path, status: 200, count: 1, body: {} }), error: NOT_A_RECORD },
	{ name: '200 wrong shape', fault: (method, path) => ({ method, pathContains: path, status: 200, count: 1, body: { detail: 'ok', items: 'none' } }), error: NOT_A_RECORD },
	{ name: 'hang', fault: (method, path) => ({ method, pathContains: path, hang: true, count: 10 }), error: /did not answer within 1 s: the request timed out/ },
	{ name: '503 once', fault: (method, path) => ({ method, pathContains: path, status: 503, count: 1 }) },
	{ name: '400 echoing the request', fault: (method, path) => ({ method, pathContains: path, echo: true, status: 400, count: 1 }), error: /rejected the request \(400\)/ },
	{ name: '500 echoing the request', fault: (method, path) => ({ method, pathContains: path, echo: true, status: 500, count: 10 }), error: /rejected the request \(500\)/ },
];

const CUSTOM_CELLS = ['GET list-like path × 200 HTML login page', 'POST × reset after saved'] as const;

const recordsOf = (run: RunNodeResult) => run.items.map((item) => JSON.stringify(item.json));

function expectNoSecret(run: RunNodeResult, secrets: string[]): void {
	for (const secret of secrets) expect(run.serialized).not.toContain(secret);
}

function expectFailure(run: RunNodeResult, error: RegExp): void {
	expect(run.items).toHaveLength(0);
	expect(`${run.error?.message} ${run.error?.description}`).toMatch(error);
}

/** Calls the provider handled (saved) whose answer was sent or lost afterwards; calls refused by a fault status are not. */
const handled = (requests: LoggedRequest[]) => requests.filter((request) => request.status === 0 || (request.status >= 200 && request.status < 300));

const PROVIDERS: ProviderName[] = ['jobcase', 'cegid', 'jobtrain', 'nhsjob'];

type SampleOf<K extends Sample['kind']> = Extract<Sample, { kind: K }>;

function samplesOf<K extends Sample['kind']>(provider: ProviderName, kind: K): Array<[string, SampleOf<K>]> {
	return Object.entries(SAMPLES[provider]).filter((entry): entry is [string, SampleOf<K>] => entry[1].kind === kind);
}

// A wrong shape is recognised by the record's field; an endpoint whose answer's fields are unpublished
// (`record: true`, the estimate) can only refuse what is no record at all, so it has no wrong-shape cell.
function readFaultsOf(provider: ProviderName, sample: SampleOf<'read'>): ReadFault[] {
	return READ_FAULTS.filter((fault) => fault.name !== '200 wrong shape' || typeof ENDPOINTS[provider][sample.endpoint].record === 'string');
}

function listFaultsOf(provider: ProviderName): ListFault[] {
	return LIST_FAULTS.filter((fault) => fault.providers === undefined || fault.providers.includes(provider));
}

/** How many cells the matrix has for a provider, generated from its samples and the fault tables. */
export function matrixSize(provider: ProviderName): number {
	const reads = samplesOf(provider, 'read').reduce((sum, [, sample]) => sum + readFaultsOf(provider, sample).length, 0);
	return (
		samplesOf(provider, 'list').length * listFaultsOf(provider).length +
		samplesOf(provider, 'write').length * WRITE_FAULTS.length +
		reads +
		samplesOf(provider, 'custom').length * CUSTOM_CELLS.length
	);
}

/**
 * Registers one provider's part of the fault matrix. Each provider has its own test file, so that jest runs them
 * in parallel; every file prints the whole matrix's size.
 */
export function describeFaultMatrix(provider: ProviderName): void {
	let target: Target;
	beforeAll(async () => {
		target = await startTarget(provider);
	});
	afterAll(async () => {
		await target.close();
		const sizes = PROVIDERS.map((name) => `${name} ${matrixSize(name)} cells`);
		const total = PROVIDERS.reduce((sum, name) => sum + matrixSize(name), 0);
		console.log(`Fault matrix: ${sizes.join(', ')}; ${total} cells in all (this file: ${provider})`);
	});
	describeProvider(provider, () => target);
}

function describeProvider(provider: ProviderName, currentTarget: () => Target): void {
describe(`fault matrix: ${provider}`, () => {
	it('every operation of the node has sample parameters in the matrix', async () => {
		const operations = await operationsOf(NODE_TYPES[provider]);
		const missing = operations.filter((operation) => SAMPLES[provider][operation] === undefined);
		expect(missing.map((operation) => `add sample parameters for ${provider} ${operation}`)).toEqual([]);
	});

	const lists = samplesOf(provider, 'list');
	const writes = samplesOf(provider, 'write');
	const reads = samplesOf(provider, 'read');
	const customs = samplesOf(provider, 'custom');

	const parametersOf = (operation: string, rest: Record<string, unknown>) => {
		const [resource, op] = operation.split('.');
		return { resource, operation: op, ...rest, requestOptions: REQUEST_OPTIONS };
	};

	const writeCells = writes.flatMap(([operation, sample]) => WRITE_FAULTS.map((fault) => [operation, fault.name, sample, fault] as const));
	it.each(writeCells)('%s × %s', async (operation, name, sample, fault) => {
		const target = currentTarget();
		const endpoint = ENDPOINTS[provider][sample.endpoint];
		const path = pathPart(endpoint);
		const suffix = `${operation}-${name}`.replace(/\W+/g, '-');
		const ids = await freshIds(provider, target, suffix);
		await target.control.clearFaults();
		await target.control.clearRequests();
		await target.control.fault({ provider, ...fault.fault(endpoint.method, path) });
		const run = await target.run(parametersOf(operation, sample.parameters(suffix, ids)), sample.input?.());
		await target.control.clearFaults();
		expectNoSecret(run, target.secrets);
		const sent = (await target.control.requests(provider)).filter((request) => request.method === endpoint.method && request.path.includes(path));
		const saved = handled(sent);
		const lostAnswer = name === 'reset after saved' || name === 'timeout after saved';
		if (isIdempotent(endpoint) || name === '429') {
			// Safe to repeat, or refused before it was processed: sent again (or, after a lost answer, checked
			// instead, as Cegid's webhook delete does), applied, and the item succeeds.
			expect(run.error).toBeUndefined();
			expect(run.items).toHaveLength(1);
			if (lostAnswer) {
				// The repeat may find the work done (a delete answers 404, which the operation reads as gone).
				expect(saved.length).toBeGreaterThanOrEqual(1);
				expect(sent.length).toBeLessThanOrEqual(2);
			} else {
				expect(sent).toHaveLength(2);
				expect(saved).toHaveLength(1);
			}
			return;
		}
		// Not safe to repeat: sent once, and the item fails saying whether it may have been saved.
		expect(sent).toHaveLength(1);
		expect(saved).toHaveLength(lostAnswer ? 1 : 0);
		expectFailure(run, lostAnswer ? MAY_HAVE_SAVED : /rejected the request \(503\)/);
	});

	const readCells = reads.flatMap(([operation, sample]) => readFaultsOf(provider, sample).map((fault) => [operation, fault.name, sample, fault] as const));
	it.each(readCells)('%s × %s', async (operation, _name, sample, fault) => {
		const target = currentTarget();
		const endpoint = ENDPOINTS[provider][sample.endpoint];
		const parameters = parametersOf(operation, sample.parameters(target.ids));
		await target.control.clearFaults();
		const before = await target.run(parameters);
		expect(before.error).toBeUndefined();
		await target.control.fault({ provider, ...fault.fault(endpoint.method, pathPart(endpoint)) });
		const faulted = await target.run(parameters);
		await target.control.clearFaults();
		expectNoSecret(faulted, target.secrets);
		if (fault.error) expectFailure(faulted, fault.error);
		else {
			expect(faulted.error).toBeUndefined();
			expect(recordsOf(faulted)).toEqual(recordsOf(before));
		}
	});

	const customCells = customs.flatMap(([operation, sample]) => CUSTOM_CELLS.map((cell) => [operation, cell, sample] as const));
	it.each(customCells)('%s × %s', async (operation, cell, sample) => {
		const target = currentTarget();
		await target.control.clearFaults();
		await target.control.clearRequests();
		if (cell === 'GET list-like path × 200 HTML login page') {
			await target.control.fault({ provider, method: 'GET', pathContains: sample.listPath, status: 200, count: 1, body: HTML_PAGE, contentType: 'text/html' });
			const run = await target.run(parametersOf(operation, { method: 'GET', path: sample.listPath }));
			expectNoSecret(run, target.secrets);
			expectFailure(run, /answered with an HTML page, not JSON/);
			return;
		}
		await target.control.fault({ provider, method: 'POST', pathContains: sample.post.path, afterHandling: 'reset', count: 1 });
		const body = JSON.stringify(sample.post.body('custom-reset', target.ids));
		const run = await target.run(parametersOf(operation, { method: 'POST', path: sample.post.path, body }));
		await target.control.clearFaults();
		expectNoSecret(run, target.secrets);
		const sent = (await target.control.requests(provider)).filter((request) => request.method === 'POST' && request.path.includes(sample.post.path));
		expect(sent).toHaveLength(1);
		expect(handled(sent)).toHaveLength(1);
		expectFailure(run, MAY_HAVE_SAVED);
	});
	// Last: list cells delete and insert records, which the other cells' samples refer to.
	const listCells = lists.flatMap(([operation, sample]) => listFaultsOf(provider).map((fault) => [operation, fault.name, sample, fault] as const));
	it.each(listCells)('%s × %s', async (operation, _name, sample, fault) => {
		const target = currentTarget();
		const parameters = parametersOf(operation, sample.parameters(target.ids));
		await target.control.clearFaults();
		const before = await target.run(parameters);
		expect(before.error).toBeUndefined();
		await target.control.fault({ provider, ...fault.fault(sample.path) });
		const faulted = await target.run(parameters);
		await target.control.clearFaults();
		const after = await target.run(parameters);
		expectNoSecret(faulted, target.secrets);
		const records = recordsOf(faulted);
		expect(new Set(records).size).toBe(records.length);
		if (faulted.error) {
			expect(fault.outcome).not.toBe('complete');
			expect(fault.outcome).not.toBe('keeps every record');
			expect(faulted.items).toHaveLength(0);
			expect(faulted.error.message).toMatch(fault.error ?? NOT_A_LIST);
			return;
		}
		expect(fault.outcome).not.toBe('fails');
		const got = new Set(records);
		if (fault.outcome === 'covers the rest') {
			expect(recordsOf(after).filter((record) => !got.has(record))).toEqual([]);
		} else if (fault.outcome === 'keeps every record') {
			expect(recordsOf(before).filter((record) => !got.has(record))).toEqual([]);
		} else {
			expect(records).toEqual(recordsOf(before));
		}
	});
});
}
