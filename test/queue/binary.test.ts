/**
 * Binary data in queue mode (database binary mode): files a node downloads on a worker reach the next node byte
 * for byte. The next node is n8n's Crypto node hashing the binary property, compared with the sandbox's own hash.
 */
import { createHash, randomUUID } from 'node:crypto';

import type { ExecutionSummary, WorkflowSummary } from '../../scripts/n8n/api';
import { queueContext } from './support/context';
import { outputOf, summarise } from './support/imports';

const context = queueContext();
const { api, control } = context;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const created: WorkflowSummary[] = [];

afterAll(async () => {
	for (const workflow of created) await api.deleteWorkflow(workflow.id);
});

function credential(name: string): { id: string; name: string } {
	return { id: context.provisioned.credentialIds[name], name };
}

/** Manual Trigger → `source` → one Crypto (SHA256 of a binary property) per property, chained; runs it on a worker. */
async function runWithHashes(source: Record<string, unknown>, properties: string[]): Promise<ExecutionSummary> {
	const hashNodes = properties.map((property, index) => ({
		id: randomUUID(),
		name: `Hash ${property}`,
		type: 'n8n-nodes-base.crypto',
		typeVersion: 2,
		position: [480 + index * 240, 0],
		onError: 'continueRegularOutput',
		parameters: { action: 'hash', type: 'SHA256', binaryData: true, binaryPropertyName: property, dataPropertyName: `sha256_${property}`, encoding: 'hex' },
	}));
	const chain = ['Source', ...hashNodes.map((node) => node.name)];
	const connections = Object.fromEntries(
		[['Start', 'Source'], ...chain.slice(0, -1).map((name, index) => [name, chain[index + 1]])].map(([from, to]) => [from, { main: [[{ node: to, type: 'main', index: 0 }]] }]),
	);
	const workflow = await api.createWorkflow({
		name: `queue binary ${randomUUID()}`,
		nodes: [
			{ id: randomUUID(), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{ id: randomUUID(), name: 'Source', typeVersion: 1, position: [240, 0], ...source },
			...hashNodes,
		],
		connections,
		settings: { executionOrder: 'v1' },
	});
	created.push(workflow);
	const executionId = await context.runManually(workflow.id);
	const execution = await context.ended(executionId, 120_000);
	expect({ status: execution.status, summary: summarise(execution) }).toEqual({ status: 'success', summary: expect.any(String) });
	expect([1, 2]).toContain(await context.workerOf(executionId));
	return execution;
}

describe(`binary data in n8n ${context.n8nVersion} queue mode`, () => {
	it('a Cegid candidate’s attachments, downloaded on a worker, reach the next node byte-identical', async () => {
		const candidate = (await control.cegidCandidates()).find((candidate) => candidate.attachments.length >= 2) ?? (await control.cegidCandidates()).find((candidate) => candidate.attachments.length > 0);
		if (!candidate) throw new Error('The Cegid sandbox has no candidate with attachments');
		const properties = candidate.attachments.map((_, index) => `attachment_${index}`);
		const execution = await runWithHashes(
			{
				type: 'n8n-nodes-recruiting.cegidRecruiting',
				parameters: { resource: 'candidate', operation: 'getAll', returnAll: true, filters: { ids: candidate.id }, attachments: 'all' },
				credentials: { cegidRecruitingApi: credential('Cegid Recruiting (sandbox)') },
			},
			properties,
		);
		const [last] = outputOf(execution, `Hash ${properties[properties.length - 1]}`);
		const expected = await Promise.all(candidate.attachments.map(async (attachment) => sha256((await control.cegidAttachment(candidate.id, attachment.id)).bytes)));
		expect(expected).toEqual(candidate.attachments.map((attachment) => attachment.sha256));
		expect(properties.map((property) => last[`sha256_${property}`])).toEqual(expected);
	});

	it('a Jobtrain CV, downloaded on a worker, reaches the next node byte-identical', async () => {
		const [change] = await control.jobtrainChanges([{ kind: 'newApplication' }]);
		const execution = await runWithHashes(
			{
				type: 'n8n-nodes-recruiting.jobtrain',
				parameters: { resource: 'export', operation: 'getChanges', returnAll: true, includeDocuments: true },
				credentials: { jobtrainApi: credential('Jobtrain (sandbox)') },
			},
			['cv'],
		);
		const ours = outputOf(execution, 'Hash cv').find((item) => item.applicationId === change.applicationId);
		expect(ours).toBeDefined();
		expect(ours!.sha256_cv).toBe(sha256((await control.jobtrainCv(Number(change.applicationId))).bytes));
	});
});
