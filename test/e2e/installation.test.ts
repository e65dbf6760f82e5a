import { N8nApi } from '../../scripts/n8n/api';
import { e2eContext } from './support/context';

const context = e2eContext();
const owner = new N8nApi(context.n8nUrl);

beforeAll(async () => {
	await owner.login(context.owner);
});

const OUR_NODES = ['cegidRecruiting', 'cegidRecruitingTrigger', 'jobcase', 'jobtrain', 'jobtrainTrigger', 'nhsJob', 'nhsJobTrigger'];
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
		const ours = nodes.filter((node) => node.name.startsWith('n8n-nodes-recruiting.'));
		const names = ours.map((node) => node.name.replace('n8n-nodes-recruiting.', ''));
		expect(names).toEqual(expect.arrayContaining(OUR_NODES));
		for (const name of OUR_NODES) {
			const node = ours.find((candidate) => candidate.name === `n8n-nodes-recruiting.${name}`)!;
			expect(node.iconUrl?.light).toMatch(/^icons\/n8n-nodes-recruiting\/dist\/icons\/.+\.svg$/);
			const icon = await owner.editorGet(`/${node.iconUrl!.light}`);
			expect(icon.status).toBe(200);
			expect(icon.headers.get('content-type')).toContain('image/svg+xml');
			expect(await icon.text()).toContain('<svg');
		}
	});

	it('offers the action nodes to AI agents as tools', async () => {
		const nodes = await listing<NodeTypeListing[]>('/types/nodes.json');
		const tools = nodes.filter((node) => node.name.startsWith('n8n-nodes-recruiting.') && node.name.endsWith('Tool')).map((node) => node.name);
		expect(tools.sort()).toEqual(['cegidRecruitingTool', 'jobcaseTool', 'jobtrainTool', 'nhsJobTool'].map((name) => `n8n-nodes-recruiting.${name}`));
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
