import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

import { N8nApi } from '../../scripts/n8n/api';
import type { ExecutionSummary } from '../../scripts/n8n/api';
import { isOurNodeType, NODE_PACKAGES, nodeType } from '../../scripts/packages/nodeTypes';
import type { NodeName } from '../../scripts/packages/nodeTypes';
import { e2eContext } from './support/context';
import { executeWithCli, outputOf, outputsOf } from './support/executions';

const context = e2eContext();
const owner = new N8nApi(context.n8nUrl);

beforeAll(async () => {
	await owner.login(context.owner);
});

const OUR_NODES: NodeName[] = ['cegidRecruiting', 'cegidRecruitingTrigger', 'jobcase', 'jobtrain', 'jobtrainTrigger', 'nhsJob', 'nhsJobTrigger'];
const OUR_CREDENTIALS = ['cegidRecruitingApi', 'jobcaseApi', 'jobtrainApi', 'nhsJobApi', 'nhsJobOAuth2Api', 'nhsJobWebhookApi'];

interface NodeTypeListing {
	name: string;
	displayName: string;
	iconUrl?: { light: string; dark: string };
	usableAsTool?: boolean;
}

async function listing<T>(path: string): Promise<T> {
	const response = await owner.editorGet(path);
	expect(response.status).toBe(200);
	return (await response.json()) as T;
}

describe(`the pack installed as a community package in n8n ${context.n8nVersion}`, () => {
	it('registers every node under the package name, each with an icon n8n serves', async () => {
		const nodes = await listing<NodeTypeListing[]>('/types/nodes.json');
		const ours = nodes.filter((node) => isOurNodeType(node.name));
		expect(ours.map((node) => node.name)).toEqual(expect.arrayContaining(OUR_NODES.map(nodeType)));
		for (const name of OUR_NODES) {
			const type = nodeType(name);
			const node = ours.find((candidate) => candidate.name === type)!;
			// Each package serves its own icons.
			expect(node.iconUrl?.light).toMatch(new RegExp(`^icons/${NODE_PACKAGES[name]}/dist/icons/.+\\.svg$`));
			const icon = await owner.editorGet(`/${node.iconUrl!.light}`);
			expect(icon.status).toBe(200);
			expect(icon.headers.get('content-type')).toContain('image/svg+xml');
			expect(await icon.text()).toContain('<svg');
		}
	});

	it('offers the action nodes to AI agents as tools', async () => {
		const nodes = await listing<NodeTypeListing[]>('/types/nodes.json');
		const tools = nodes.filter((node) => isOurNodeType(node.name) && node.name.endsWith('Tool')).map((node) => node.name);
		expect(tools.sort()).toEqual((['cegidRecruitingTool', 'jobcaseTool', 'jobtrainTool', 'nhsJobTool'] as const).map(nodeType).sort());
	});

	it('registers every credential type', async () => {
		const credentials = await listing<Array<{ name: string }>>('/types/credentials.json');
		expect(credentials.map((credential) => credential.name)).toEqual(expect.arrayContaining(OUR_CREDENTIALS));
	});

	it('has the example workflows imported, the trigger ones active', async () => {
		const workflows = await context.api.workflows();
		for (const example of context.provisioned.examples) {
			const found = workflows.find((workflow) => workflow.id === example.id);
			expect(found).toBeDefined();
			expect(found!.active).toBe(example.active);
		}
		expect(context.provisioned.examples.filter((example) => example.active).length).toBeGreaterThanOrEqual(3);
	});
});

/**
 * scripts/e2e.ts installs test/fixtures/zod4-package first, as `npm install` in `.n8n/nodes` does: its zod 4 is
 * hoisted into `.n8n/nodes/node_modules`, which Node searches before n8n's own zod 3 on NODE_PATH. The pack
 * declares no zod, so inside this n8n every one of its schemas runs on zod 4 (and so in every other end-to-end file).
 */
describe(`the pack beside a community package that brought zod 4, in n8n ${context.n8nVersion}`, () => {
	const userFolder = (JSON.parse(process.env.E2E_N8N_ENV ?? '{}') as { N8N_USER_FOLDER?: string }).N8N_USER_FOLDER ?? '';
	const communityModules = join(userFolder, '.n8n', 'nodes', 'node_modules');

	it('finds that zod 4 first from its own folder, and n8n loads both packages', async () => {
		const zodManifest = join(communityModules, 'zod', 'package.json');
		expect(existsSync(zodManifest)).toBe(true);
		expect((JSON.parse(readFileSync(zodManifest, 'utf8')) as { version: string }).version).toMatch(/^4\./);
		// What the pack's `require('zod')` gets: resolved from its installed folder, as n8n loads it.
		const resolved = require.resolve('zod', { paths: [join(communityModules, 'n8n-nodes-jobcase', 'dist', 'nodes', 'Jobcase')] });
		expect(resolved.startsWith(join(communityModules, 'zod') + sep)).toBe(true);

		const nodes = (await listing<NodeTypeListing[]>('/types/nodes.json')).map((node) => node.name);
		expect(nodes).toContain('n8n-nodes-zod4-neighbour.zodNeighbour');
		expect(nodes).toEqual(expect.arrayContaining(OUR_NODES.map(nodeType)));
	});

	it('validates input with zod 4: the bulk company upsert sends the valid companies and names the field of the invalid one', async () => {
		const example = context.example('jobcase-bulk-company-upsert.json');
		const execution = (await executeWithCli(context.cli, example.id)) as ExecutionSummary;
		expect(execution.data?.resultData.error).toBeUndefined();
		const [upserted, failed] = outputsOf(execution, 'Create or Update Company in Jobcase');
		expect(upserted.map((company) => company.partnerCompanyId)).toEqual(['EX-1001', 'EX-1002', 'EX-1003', 'EX-1005']);
		expect(failed).toHaveLength(1);
		expect(String(failed[0].error)).toMatch(/^Invalid input in item 3: "State" \(companyState\) must be exactly 2 letters/);
		expect(outputOf(execution, 'Failed').map((company) => company.partnerCompanyId)).toEqual(['EX-1004']);
	});
});
