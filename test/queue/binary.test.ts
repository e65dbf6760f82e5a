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

/** Manual Trigger → `source` → one Crypto (SHA256 of a binary property) per property; runs it on a worker. */
async function runWithHashes(source: Record<string, unknown>, properties: string[], onError = 'stopWorkflow'): Promise<ExecutionSummary> {
	const hashNodes = properties.map((property, index) => ({
		id: randomUUID(),
		name: `Hash ${property}`,
		type: 'n8n-nodes-base.crypto',
		typeVersion: 2,
		position: [480, index * 200],
		onError,
		parameters: { action: 'hash', type: 'SHA256', binaryData: true, binaryPropertyName: property, dataPropertyName: `sha256_${property}`, encoding: 'hex' },
	}));
	// Side by side, each straight from the source: the Crypto node drops the binary property it hashed.
	const connections = {
		Start: { main: [[{ node: 'Source', type: 'main', index: 0 }]] },
		Source: { main: [hashNodes.map((node) => ({ node: node.name, type: 'main', index: 0 }))] },
	};
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
				type: 'n8n-nodes-cegid-recruiting.cegidRecruiting',
				parameters: { resource: 'candidate', operation: 'getAll', returnAll: true, filters: { ids: candidate.id }, attachments: 'all' },
				credentials: { cegidRecruitingApi: credential('Cegid Recruiting (sandbox)') },
			},
			properties,
		);
		const expected = await Promise.all(candidate.attachments.map(async (attachment) => sha256((await control.cegidAttachment(candidate.id, attachment.id)).bytes)));
		expect(expected).toEqual(candidate.attachments.map((attachment) => attachment.sha256));
		expect(properties.map((property) => outputOf(execution, `Hash ${property}`).map((item) => item[`sha256_${property}`]))).toEqual(expected.map((hash) => [hash]));
	});

	it('a Jobtrain CV, downloaded on a worker, reaches the next node byte-identical', async () => {
		const [change] = await control.jobtrainChanges([{ kind: 'newApplication' }]);
		const execution = await runWithHashes(
			{
				type: 'n8n-nodes-jobtrain.jobtrain',
				parameters: { resource: 'export', operation: 'getChanges', returnAll: true, includeDocuments: true },
				credentials: { jobtrainApi: credential('Jobtrain (sandbox)') },
			},
			['cv'],
			// Other applications of the last 24 hours may have no CV: their items pass on unhashed.
			'continueRegularOutput',
		);
		const ours = outputOf(execution, 'Hash cv').find((item) => item.applicationId === change.applicationId);
		expect({ found: ours !== undefined, items: outputOf(execution, 'Hash cv').map((item) => ({ applicationId: item.applicationId, hash: item.sha256_cv, error: item.error })) }).toEqual({ found: true, items: expect.anything() });
		expect(ours!.sha256_cv).toBe(sha256((await control.jobtrainCv(Number(change.applicationId))).bytes));
	});
});
