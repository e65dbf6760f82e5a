import { randomUUID } from 'node:crypto';
import type { IConnections, INode, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { createSourceNode, runWorkflow } from '../harness';
import { startJobcase, validCompany, validJob, type JobcaseFixture } from './fixture';

/**
 * Job ID, Company ID and Campaign ID were plain number (or dropdown) parameters; they are now resource locators
 * (From List, By ID) under the same parameter names. A workflow saved before keeps the plain value it was saved with,
 * n8n hands that value to the node unchanged (`extractValue` leaves a non-locator value as it is), and the node
 * sends exactly the request it sent before — the same one a locator set By ID or From List sends now.
 */
const LOGO = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + 'ff'.repeat(64), 'hex');

let jobcase: JobcaseFixture;
let campaignId: number;
beforeAll(async () => {
	jobcase = await startJobcase({ jobs: 20, companies: 2, campaigns: 2 });
	[campaignId] = (await jobcase.control.jobcaseState()).campaignIds;
});
afterAll(async () => await jobcase.close());

const wire = async () => (await jobcase.control.requests('jobcase')).map((request) => ({ method: request.method, path: request.path, query: request.query }));

describe('a workflow saved with plain Job, Company and Campaign IDs', () => {
	it('runs unchanged: numbers, numeric text and expressions reach Jobcase as the IDs they were', async () => {
		const source = createSourceNode([{ json: {} }]);
		const saved: Array<[string, INodeParameters]> = [
			['Get Job', { resource: 'job', operation: 'get', jobId: '1' }],
			['Get Its Company', { resource: 'company', operation: 'get', companyId: '={{ $json.companyId }}' }],
			['Add Products', { resource: 'job', operation: 'addProducts', jobId: 1, products: ['college'], campaignId: String(campaignId) }],
			['Get Campaign', { resource: 'campaign', operation: 'get', campaignId: `={{ ${campaignId} }}` }],
			['Cost Data', { resource: 'campaign', operation: 'getCostData', returnAll: true, filters: { campaignId, jobId: '1' } }],
		];
		const nodes: INode[] = [
			source,
			...saved.map(([name, parameters], index): INode => ({
				id: randomUUID(),
				name,
				type: 'n8n-nodes-jobcase.jobcase',
				typeVersion: 1,
				position: [220 * (index + 1), 0],
				parameters,
			})),
		];
		const connections: IConnections = {};
		nodes.slice(0, -1).forEach((node, index) => {
			connections[node.name] = { main: [[{ node: nodes[index + 1].name, type: NodeConnectionTypes.Main, index: 0 }]] };
		});
		await jobcase.control.clearRequests();

		const run = await runWorkflow({ nodes, connections }, { credentials: jobcase.credentials });

		expect(run.data.resultData.error).toBeUndefined();
		const output = (name: string) => run.data.resultData.runData[name]?.[0]?.data?.main?.[0] as INodeExecutionData[];
		const job = output('Get Job')[0].json;
		expect(job.id).toBe(1);
		expect(output('Get Its Company')[0].json.id).toBe(job.companyId);
		expect(output('Add Products')[0].json.products).toContain('college');
		expect(output('Get Campaign')[0].json.id).toBe(campaignId);
		expect(await wire()).toEqual([
			{ method: 'GET', path: '/job/1/', query: {} },
			{ method: 'GET', path: `/company/${String(job.companyId)}/`, query: {} },
			{ method: 'POST', path: '/job/1/products/', query: {} },
			{ method: 'GET', path: `/campaign/${campaignId}/`, query: {} },
			{ method: 'GET', path: '/campaign/cost_data/', query: expect.objectContaining({ campaignId: String(campaignId), jobId: '1' }) },
		]);
	});

	/** An ID as each version of the node saves it: the old plain forms, and the locator's By ID and From List. */
	const shapes = (id: number): Array<[string, unknown]> => [
		['a number (saved before)', id],
		['numeric text (saved before)', String(id)],
		['an expression (saved before)', `={{ ${id} }}`],
		['By ID', { __rl: true, mode: 'id', value: String(id) }],
		['From List', { __rl: true, mode: 'list', value: String(id), cachedResultName: `Record ${id}` }],
	];

	/**
	 * Each operation with an ID parameter: `parameters(id)` writes its IDs with `id`, which gives one shape; `output`
	 * is what the answer holds whatever the shape (a body's IDs do not show in the request log).
	 */
	const operations: Array<{ name: string; parameters: (id: (id: number) => unknown) => Record<string, unknown>; binary?: boolean; output?: Record<string, unknown> }> = [
		{ name: 'job get', parameters: (id) => ({ resource: 'job', operation: 'get', jobId: id(2) }), output: { id: 2 } },
		{ name: 'job expire', parameters: (id) => ({ resource: 'job', operation: 'expire', jobId: id(2) }) },
		{ name: 'job unexpire', parameters: (id) => ({ resource: 'job', operation: 'unexpire', jobId: id(2) }) },
		{ name: 'job update', parameters: (id) => ({ resource: 'job', operation: 'update', ...validJob('AD-LOCATOR'), jobId: id(2), companyId: id(1) }) },
		{ name: 'job create (company and campaign)', parameters: (id) => ({ resource: 'job', operation: 'create', ...validJob('={{ "AD-NEW-" + $runIndex + Math.random() }}'), companyId: id(1), additionalFields: { campaignId: id(campaignId) } }), output: { companyId: 1 } },
		{ name: 'job add products', parameters: (id) => ({ resource: 'job', operation: 'addProducts', jobId: id(2), products: ['college'], campaignId: id(campaignId) }) },
		{ name: 'job remove products', parameters: (id) => ({ resource: 'job', operation: 'removeProducts', jobId: id(2), products: ['college'], campaignId: id(campaignId) }) },
		{ name: 'job set products (retired)', parameters: (id) => ({ resource: 'job', operation: 'setProducts', jobId: id(2), products: ['college'] }) },
		{ name: 'company get', parameters: (id) => ({ resource: 'company', operation: 'get', companyId: id(1) }) },
		{ name: 'company update', parameters: (id) => ({ resource: 'company', operation: 'update', companyId: id(2), ...validCompany('locator') }), output: { id: 2, partnerCompanyId: 'acme-locator' } },
		{ name: 'company upload logo', parameters: (id) => ({ resource: 'company', operation: 'uploadLogo', companyId: id(1), binaryPropertyName: 'logo' }), binary: true },
		{ name: 'campaign get', parameters: (id) => ({ resource: 'campaign', operation: 'get', campaignId: id(campaignId) }) },
		{ name: 'campaign create (company)', parameters: (id) => ({ resource: 'campaign', operation: 'create', companyId: id(1), name: 'Locator', budget: 15 }), output: { companyId: 1 } },
		{ name: 'campaign update', parameters: (id) => ({ resource: 'campaign', operation: 'update', campaignId: id(campaignId), companyId: id(1), name: 'Locator' }) },
		{ name: 'campaign cost data filters', parameters: (id) => ({ resource: 'campaign', operation: 'getCostData', returnAll: true, filters: { campaignId: id(campaignId), jobId: id(2) } }) },
	];

	it.each(operations.map((operation) => [operation.name, operation] as const))('%s: every shape of the ID sends the same request', async (_, operation) => {
		const sent: Record<string, unknown> = {};
		for (const [shape] of shapes(1)) {
			const pick = (id: number) => shapes(id).find(([name]) => name === shape)![1];
			await jobcase.control.clearRequests();
			const inputItems: INodeExecutionData[] = operation.binary
				? [{ json: {}, binary: { logo: { data: LOGO.toString('base64'), mimeType: 'image/png', fileName: 'logo.png' } } }]
				: [{ json: {} }];
			const result = await jobcase.run(operation.parameters(pick), { inputItems });
			expect({ shape, error: result.error?.message }).toEqual({ shape, error: undefined });
			if (operation.output) expect(result.items[0].json).toMatchObject(operation.output);
			sent[shape] = await wire();
		}
		const [first, ...others] = Object.values(sent);
		expect((first as unknown[]).length).toBeGreaterThan(0);
		for (const other of others) expect(other).toEqual(first);
	});
});
