/**
 * examples/recruiting-mcp-server.json in real n8n, driven by a real MCP client (@modelcontextprotocol/sdk over
 * streamable HTTP) and no language model: the action nodes as tools behind n8n's MCP Server Trigger. What the client
 * sees (tool list, schemas, results and errors) is compared with what the sandbox holds, and what n8n records with
 * what the client did.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

import { DEMO_MCP_BEARER_TOKEN, DEMO_NHSJOB_WEBHOOK_SECRET } from '../../scripts/demo/credentials';
import { EXAMPLES_FOLDER } from '../../scripts/demo/examples';
import type { ExampleWorkflow } from '../../scripts/demo/examples';
import type { ExecutionSummary } from '../../scripts/n8n/api';
import { isOurNodeType } from '../../scripts/packages/nodeTypes';
import { e2eContext } from './support/context';
import { ExecutionWatch, summarise } from './support/executions';
import { jobcaseJob, requestLogMark, requestsSince } from './support/sandbox';

const context = e2eContext();
const { api, control } = context;

const FILE = 'recruiting-mcp-server.json';
const TRIGGER = 'MCP Server Trigger';
const workflowFile = JSON.parse(readFileSync(join(EXAMPLES_FOLDER, FILE), 'utf8')) as Omit<ExampleWorkflow, 'file'>;
const toolNodes = workflowFile.nodes.filter((node) => isOurNodeType(node.type) && node.type.endsWith('Tool'));
/** MCP tool names: the node names with characters outside [a-zA-Z0-9_-] turned into "_". */
const toolName = (nodeName: string) => nodeName.replace(/[^a-zA-Z0-9_-]/g, '_');
/** n8n 1.123 and 2.8.4 record successful tool calls only; later versions record failed ones too. */
const RECORDS_FAILED_CALLS = !context.n8nVersion.startsWith('2.8.') && !context.n8nVersion.startsWith('1.');

/** What no answer and no stored execution may contain. */
const SECRETS = [
	'sandbox-jobcase-key',
	'sandbox-cegid-secret',
	'sandbox-jobtrain-secret',
	'sandbox-jobtrain-api-password',
	'sandbox-nhsjob-key',
	DEMO_NHSJOB_WEBHOOK_SECRET,
	DEMO_MCP_BEARER_TOKEN,
];

interface ToolAnswer {
	readonly isError: boolean;
	readonly text: string;
}

let client: Client;
let executions: ExecutionWatch;
/** Tool calls made by this file: which tool, and whether n8n answered a result (true) or a tool error. */
const calls: Array<{ node: string; ok: boolean }> = [];

function url(): string {
	const found = context.example(FILE).webhookUrls[TRIGGER];
	if (!found) throw new Error(`The provisioned ${FILE} has no MCP endpoint for "${TRIGGER}"`);
	return found;
}

async function connect(headers: Record<string, string> = { Authorization: `Bearer ${DEMO_MCP_BEARER_TOKEN}` }): Promise<Client> {
	const connected = new Client({ name: 'n8n-nodes-recruiting e2e', version: '1.0.0' });
	await connected.connect(new StreamableHTTPClientTransport(new URL(url()), { requestInit: { headers } }));
	return connected;
}

async function call(node: string, args: Record<string, unknown>): Promise<ToolAnswer> {
	const result = await client.callTool({ name: toolName(node), arguments: args });
	const content = result.content as Array<{ type: string; text?: string }>;
	const text = content.filter((part) => part.type === 'text').map((part) => part.text ?? '').join('\n');
	const answer = { isError: result.isError === true, text };
	calls.push({ node, ok: !answer.isError });
	return answer;
}

/** A successful call's items (n8n answers them as one JSON text). */
async function items(node: string, args: Record<string, unknown>): Promise<Array<Record<string, unknown>>> {
	const answer = await call(node, args);
	expect({ isError: answer.isError, text: answer.text.slice(0, 2000) }).toEqual({ isError: false, text: expect.any(String) });
	const parsed = JSON.parse(answer.text) as unknown;
	return (Array.isArray(parsed) ? parsed : [parsed]) as Array<Record<string, unknown>>;
}

function secretsIn(text: string): string[] {
	return SECRETS.filter((secret) => text.includes(secret));
}

beforeAll(async () => {
	await context.ownerApi();
	executions = await ExecutionWatch.start(api, context.logFile, context.example(FILE).id, `"${context.example(FILE).name}"`);
	client = await connect();
});

afterAll(async () => {
	await client?.close();
	await control.clearFaults();
});

describe(`examples/${FILE} through n8n ${context.n8nVersion}'s MCP Server Trigger`, () => {
	it('is provisioned active, at /mcp/<path> (trigger version 2: streamable HTTP)', () => {
		const example = context.example(FILE);
		expect(example.active).toBe(true);
		const trigger = workflowFile.nodes.find((node) => node.name === TRIGGER)!;
		expect({ type: trigger.type, typeVersion: trigger.typeVersion, auth: trigger.parameters.authentication }).toEqual({
			type: '@n8n/n8n-nodes-langchain.mcpTrigger',
			typeVersion: 2,
			auth: 'bearerAuth',
		});
		expect(url()).toBe(`${context.n8nUrl}/mcp/${String(trigger.parameters.path)}`);
	});

	it.each([
		['no Authorization header', {}],
		['a wrong bearer token', { Authorization: 'Bearer not-the-demo-token' }],
		['the token without "Bearer"', { Authorization: DEMO_MCP_BEARER_TOKEN }],
	])('refuses a client with %s (401/403), and the SDK cannot connect', async (_label, headers: Record<string, string>) => {
		const response = await fetch(url(), {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
			body: JSON.stringify({
				jsonrpc: '2.0',
				id: 1,
				method: 'initialize',
				params: { protocolVersion: '2025-03-26', capabilities: {}, clientInfo: { name: 'intruder', version: '1' } },
			}),
		});
		expect([401, 403]).toContain(response.status);
		expect(await response.text()).not.toMatch(/tools|Search_/);
		await expect(connect(headers)).rejects.toThrow();
	});

	it('lists every tool node as a tool, with its description and a typed input schema', async () => {
		const { tools } = await client.listTools();
		expect(tools.map((tool) => tool.name).sort()).toEqual(toolNodes.map((node) => toolName(node.name)).sort());
		expect(tools.length).toBeGreaterThanOrEqual(7);
		for (const node of toolNodes) {
			const tool = tools.find((candidate) => candidate.name === toolName(node.name))!;
			expect({ tool: tool.name, description: tool.description }).toEqual({ tool: tool.name, description: node.parameters.toolDescription });
			expect(String(tool.description).length).toBeGreaterThan(120);
			// One property per $fromAI(key, description, type) in the node's parameters, typed as declared.
			const declared = [...JSON.stringify(node.parameters).matchAll(/\$fromAI\('(\w+)', '((?:[^'\\]|\\.)*)', '(\w+)'(?:, ([^)]*))?\)/g)];
			expect(declared.length).toBeGreaterThan(0);
			const properties = (tool.inputSchema.properties ?? {}) as Record<string, { type?: string; description?: string }>;
			expect({ tool: tool.name, type: tool.inputSchema.type, keys: Object.keys(properties).sort() }).toEqual({
				tool: tool.name,
				type: 'object',
				keys: declared.map((match) => match[1]).sort(),
			});
			for (const [, key, description, type, fallback] of declared) {
				expect({ tool: tool.name, key, type: properties[key].type, described: (properties[key].description ?? '').length > 20 }).toEqual({
					tool: tool.name,
					key,
					type,
					described: true,
				});
				expect(properties[key].description).toBe(description.replace(/\\'/g, "'"));
				// A parameter without a default is one the model must give.
				expect({ tool: tool.name, key, required: (tool.inputSchema.required ?? []).includes(key) }).toEqual({ tool: tool.name, key, required: fallback === undefined });
			}
		}
	});
});

describe(`tool calls answer the sandbox's data, in n8n ${context.n8nVersion}`, () => {
	it('Search Jobcase Jobs: active jobs as Jobcase holds them, compact', async () => {
		const jobs = await items('Search Jobcase Jobs', { limit: 3 });
		expect(jobs).toHaveLength(3);
		for (const job of jobs) {
			expect(Object.keys(job)).not.toContain('jobDescription');
			expect(job.jobStatus).toBe('Active');
			const stored = await jobcaseJob(context.sandboxUrl, job.id as number);
			expect(job).toEqual(
				expect.objectContaining({ id: stored?.id, jobTitle: stored?.jobTitle, adNumber: stored?.adNumber, companyId: stored?.companyId, jobCity: stored?.jobCity }),
			);
		}
	});

	it('Get Jobcase Company: the company of a job, as Jobcase holds it', async () => {
		const [job] = await items('Search Jobcase Jobs', { limit: 1 });
		const companies = await items('Get Jobcase Company', { companyId: job.companyId });
		const stored = (await control.jobcaseState()).companies.find((company) => company.id === job.companyId);
		expect(stored).toBeDefined();
		expect(companies).toEqual([expect.objectContaining({ id: stored!.id, companyName: stored!.companyName, partnerCompanyId: stored!.partnerCompanyId })]);
	});

	it('Search Cegid Vacancies: the vacancies in the status asked for', async () => {
		const published = (await control.cegidVacancies()).filter((vacancy) => vacancy.status === 'Published').map((vacancy) => vacancy.reference);
		expect(published.length).toBeGreaterThan(0);
		const vacancies = await items('Search Cegid Vacancies', { status: 'Published', limit: 50 });
		expect(vacancies.length).toBe(Math.min(50, published.length));
		expect(vacancies.every((vacancy) => published.includes(String(vacancy.reference)))).toBe(true);
		expect(vacancies.map((vacancy) => vacancy.statusId)).toEqual(vacancies.map(() => '_TS_CO_OfferStatus_Diffuse'));
	});

	it('Search Cegid Candidates: the one candidate with an email address', async () => {
		const [candidate] = await control.cegidCandidates();
		const found = await items('Search Cegid Candidates', { email: candidate.email });
		expect(found).toHaveLength(1);
		expect(found[0]).toEqual(expect.objectContaining({ candidateDetail: expect.objectContaining({ id: candidate.id }) }));
		expect(JSON.stringify(found[0])).toContain(candidate.email);
	});

	it('Search Jobtrain Jobs: a job opened in Jobtrain just now is among the jobs updated since', async () => {
		const [change] = await control.jobtrainChanges([{ kind: 'newJob' }]);
		const jobs = await items('Search Jobtrain Jobs', { updatedFrom: change.at, limit: 50 });
		expect(jobs.map((job) => job.jobId)).toContain(change.jobId);
		expect(jobs.every((job) => job.status === 'Open' && String(job.updatedDate) >= change.at)).toBe(true);
	});

	it('Get Jobtrain Application Status: the status of an application made just now', async () => {
		const [change] = await control.jobtrainChanges([{ kind: 'newApplication' }]);
		const stored = await control.jobtrainApplication(change.applicationId!);
		const [status] = await items('Get Jobtrain Application Status', { jobId: change.jobId, candidateId: change.candidateId });
		expect(status).toEqual(expect.objectContaining({ applicationId: change.applicationId, jobId: change.jobId, candidateId: change.candidateId, status: change.status }));
		expect(stored).toEqual(expect.objectContaining({ applicationId: change.applicationId }));
	});

	it('Search NHSJob Jobs: the open jobs of a specialty, newest first', async () => {
		const nursing = (await control.nhsjobJobs())
			.filter((job) => job.status === 'open' && String(job.specialty).toLowerCase() === 'nursing')
			.sort((a, b) => String(b.posted_at).localeCompare(String(a.posted_at)));
		expect(nursing.length).toBeGreaterThan(0);
		const jobs = await items('Search NHSJob Jobs', { specialty: 'Nursing', limit: 50 });
		expect(jobs.length).toBe(Math.min(50, nursing.length));
		expect(new Set(jobs.map((job) => job.id))).toEqual(new Set(nursing.slice(0, jobs.length).map((job) => job.id)));
		expect(jobs.every((job) => job.specialty === 'Nursing' && !('description' in job))).toBe(true);
	});
});

describe(`bad arguments come back as tool errors naming the field, in n8n ${context.n8nVersion}`, () => {
	it.each<[string, string, Record<string, unknown>, RegExp[]]>([
		['a negative limit', 'Search Jobcase Jobs', { limit: -3 }, [/"Limit"/, /-3 is not a whole number of 1 or more/]],
		['a fractional limit', 'Search NHSJob Jobs', { limit: 2.5 }, [/"Limit"/, /2\.5/]],
		['an impossible date', 'Search Cegid Vacancies', { updatedAfter: '2025-02-30' }, [/"Updated After"/, /February 2025 has 28 days/]],
		['an impossible date', 'Search Jobtrain Jobs', { updatedFrom: '2025-13-01' }, [/"Updated From"/, /2025-13-01/]],
		['a date that is not one', 'Search Jobcase Jobs', { postedFrom: 'last tuesday' }, [/"Posted From"/, /last tuesday/]],
		['two email addresses', 'Search Cegid Candidates', { email: 'a@example.com, b@example.com' }, [/"Email"/]],
		['a negative company ID', 'Get Jobcase Company', { companyId: -1 }, [/"Company ID"/]],
		['text for a number', 'Search Jobcase Jobs', { limit: 'ten' }, [/limit/, /[Ee]xpected number/]],
		['a missing required argument', 'Get Jobtrain Application Status', { jobId: 1 }, [/candidateId/]],
	])('%s for %s', async (_label, node, args, patterns) => {
		const marks = await Promise.all((['jobcase', 'cegid', 'jobtrain', 'nhsjob'] as const).map((provider) => requestLogMark(control, provider)));
		const answer = await call(node, args);
		expect({ isError: answer.isError, text: answer.text.slice(0, 600) }).toEqual({ isError: true, text: expect.any(String) });
		for (const pattern of patterns) expect(answer.text).toMatch(pattern);
		// Refused before anything was sent to a provider (a token request is not an API call).
		const sent = await Promise.all((['jobcase', 'cegid', 'jobtrain', 'nhsjob'] as const).map((provider, index) => requestsSince(control, provider, marks[index])));
		expect(sent.flat().filter((request) => !/token/.test(request.path)).map((request) => `${request.method} ${request.path}`)).toEqual([]);
	});
});

describe(`provider failures come back as tool errors with the provider's explanation and no secret, in n8n ${context.n8nVersion}`, () => {
	afterEach(async () => {
		await control.clearFaults();
	});

	it.each<[string, 'jobcase' | 'cegid' | 'jobtrain' | 'nhsjob', string, Record<string, unknown>, RegExp]>([
		['Jobcase', 'jobcase', 'Search Jobcase Jobs', { limit: 1 }, /Jobcase/],
		['Cegid', 'cegid', 'Search Cegid Vacancies', { limit: 1 }, /Cegid/],
		['Jobtrain', 'jobtrain', 'Search Jobtrain Jobs', { limit: 1 }, /Jobtrain/],
		['NHSJob', 'nhsjob', 'Search NHSJob Jobs', { limit: 1 }, /NHSJob/],
	])('%s answering 500 with an echo of the request (its credentials included)', async (_label, provider, node, args, names) => {
		// Every API call (not the token request) answers 500 with the request it got, headers and all.
		await control.fault({ provider, method: 'GET', status: 500, echo: true, count: 10 });
		const answer = await call(node, args);
		expect({ isError: answer.isError, text: answer.text.slice(0, 600) }).toEqual({ isError: true, text: expect.any(String) });
		expect(answer.text).toMatch(names);
		expect(answer.text).toMatch(/500/);
		// The provider's explanation (the echoed request) is there, its credentials are not.
		expect(answer.text).toMatch(/method: GET/);
		expect(secretsIn(answer.text)).toEqual([]);
		expect(answer.text).not.toMatch(/Bearer [A-Za-z0-9._~+/-]{16,}/);
	});

	it('a provider that is down for one call only does not break the next call', async () => {
		await control.fault({ provider: 'nhsjob', method: 'GET', status: 503, retryAfter: '0', count: 1 });
		const jobs = await items('Search NHSJob Jobs', { limit: 2 });
		expect(jobs).toHaveLength(2);
	});
});

describe(`executions of the tool calls in n8n ${context.n8nVersion}`, () => {
	type ToolRun = { executionStatus?: string; error?: { message: string }; data?: Record<string, Array<Array<{ json: Record<string, unknown> }>>> };
	let ended: ExecutionSummary[] = [];
	const ok = () => calls.filter((made) => made.ok);
	const recorded = () => (RECORDS_FAILED_CALLS ? calls : ok());
	const runData = (execution: ExecutionSummary) => (execution.data?.resultData.runData ?? {}) as unknown as Record<string, ToolRun[]>;
	/** The tool node that ran in an execution and its run (none when n8n refused the arguments before running it). */
	const toolRun = (execution: ExecutionSummary): { node: string; run: ToolRun } | undefined => {
		const node = Object.keys(runData(execution)).find((name) => name !== TRIGGER);
		return node ? { node, run: runData(execution)[node][0] } : undefined;
	};

	beforeAll(async () => {
		expect(ok().length).toBeGreaterThanOrEqual(9);
		await executions.waitFor(recorded().length, 60_000, `an execution for each ${RECORDS_FAILED_CALLS ? '' : 'successful '}tool call (${recorded().length})`);
		// Any execution beyond those would show up now.
		await new Promise((resolve) => setTimeout(resolve, 3000));
		ended = await executions.ended();
	});

	it(`records ${RECORDS_FAILED_CALLS ? 'every call, successful or not,' : 'each successful call (1.123 and 2.8.4 record no failed call)'} as one execution started by the MCP trigger`, () => {
		expect({ executions: ended.length, summaries: ended.map(summarise) }).toEqual({ executions: recorded().length, summaries: expect.any(Array) });
		expect(ended.map((execution) => [execution.mode, execution.status])).toEqual(ended.map(() => ['webhook', 'success']));
		// Executions of answered calls hold the tool's output items, under `response`.
		const answered = ended.filter((execution) => toolRun(execution)?.run.executionStatus !== 'error' && toolRun(execution)?.run.data?.ai_tool?.[0]?.[0]?.json.response !== undefined);
		expect(answered.map((execution) => toolRun(execution)!.node).sort()).toEqual(ok().map((made) => made.node).sort());
		if (!RECORDS_FAILED_CALLS) return;
		// n8n 2.41 marks the execution of a failed call successful: the tool node's run has the error, and a call whose
		// arguments did not fit the schema ran no tool node at all. The trigger's output says which tool was called.
		const failedRuns = ended.filter((execution) => toolRun(execution)?.run.executionStatus === 'error');
		expect(failedRuns.every((execution) => /rejected the request|Invalid "/.test(toolRun(execution)!.run.error?.message ?? ''))).toBe(true);
		const called = ended.map((execution) => {
			const [item] = runData(execution)[TRIGGER]?.[0]?.data?.main?.[0] ?? [];
			return String((item?.json.mcpToolCall as { sourceNodeName?: string } | undefined)?.sourceNodeName);
		});
		expect(called.sort()).toEqual(calls.map((made) => made.node).sort());
		expect(answered.length + failedRuns.length + ended.filter((execution) => !toolRun(execution)).length).toBe(calls.length);
	});

	it('keeps no secret and no bearer token in any of these executions (trigger version 2 stores no request headers)', () => {
		for (const execution of ended) {
			const stored = JSON.stringify(execution);
			expect({ execution: execution.id, secrets: secretsIn(stored), headers: /"headers"\s*:/.test(JSON.stringify(runData(execution)[TRIGGER] ?? [])) }).toEqual({
				execution: execution.id,
				secrets: [],
				headers: false,
			});
		}
	});
});
