import { randomUUID } from 'node:crypto';
import { ExecuteContext, ExecutionLifecycleHooks, RoutingNode } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialsDecrypted,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IWorkflowBase,
} from 'n8n-workflow';
import { Workflow, createEmptyRunExecutionData } from 'n8n-workflow';

import { loadPackage } from '../harness';
import { createAdditionalData } from '../harness/additional-data';
import { CredentialStore } from '../harness/credential-store';
import { HarnessCredentialsHelper } from '../harness/credentials-helper';

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
	/** What the test request answered, as the routing node returned it (on success). */
	output?: INodeExecutionData[][];
}

/** n8n's CredentialsHelper without preAuthentication, to send the test request on its own. */
class NoPreAuthenticationHelper extends HarnessCredentialsHelper {
	async preAuthentication(): Promise<undefined> {
		return undefined;
	}
}

/**
 * n8n's credential test for an `ICredentialTestRequest`, as n8n 2.8's CLI runs it (CredentialsTester.testCredentials):
 * the request description becomes the routing of a temporary NoOp-like node's only property, n8n-core's RoutingNode
 * sends it with the credential (after preAuthentication), and the answer is read with the test's rules. The harness
 * has no such runner because it lives in the CLI; this reproduces its request path only. With
 * `preAuthentication: false` the test request is sent alone (n8n itself fetches a token first).
 */
export async function testCredential(
	credentialType: string,
	data: object,
	options: { preAuthentication?: boolean } = {},
): Promise<CredentialTestResult> {
	const loaded = await loadPackage();
	const type = loaded.credentialTypes.getByName(credentialType);
	const testRequest = type.test as ICredentialTestRequest | undefined;
	if (!testRequest?.request) throw new Error(`${credentialType} has no credential test request`);

	const store = new CredentialStore();
	// The CLI applies the properties' defaults first: the hidden, expirable token starts empty.
	const defaults = Object.fromEntries(type.properties.map((property) => [property.name, property.default]));
	const decryptedData = { ...defaults, ...data } as ICredentialDataDecryptedObject;
	const reference = store.seed(credentialType, decryptedData);
	const credentialsDecrypted: ICredentialsDecrypted = { id: reference.id as string, name: reference.name, type: credentialType, data: decryptedData };

	const nodeType: INodeType = {
		description: {
			displayName: 'No Operation, do nothing',
			name: 'n8n-nodes-base.noOp',
			group: ['organization'],
			version: 1,
			description: 'No Operation',
			defaults: { name: 'No Operation, do nothing' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: credentialType, required: true }],
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', routing: { request: testRequest.request }, default: '' }],
		},
	};
	const nodeTypes: INodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	const node: INode = {
		id: 'temp',
		parameters: {},
		name: 'Temp-Node',
		type: nodeType.description.name,
		typeVersion: 1,
		position: [0, 0],
		credentials: { [credentialType]: reference },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const workflowData = { id: randomUUID(), name: 'Credential test', nodes: [node], connections: {} } as unknown as IWorkflowBase;
	const executionId = randomUUID();
	const Helper = options.preAuthentication === false ? NoPreAuthenticationHelper : HarnessCredentialsHelper;
	const additionalData = createAdditionalData(
		new Helper(loaded.credentialTypes, store),
		new ExecutionLifecycleHooks('internal', executionId, workflowData),
		executionId,
	);
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		createEmptyRunExecutionData(),
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	let output: INodeExecutionData[][] | undefined;
	try {
		output = await new RoutingNode(context, nodeType, credentialsDecrypted).runNode();
	} catch (error) {
		const { cause } = error as { cause?: { response?: { status: number; statusText?: string }; code?: string } };
		if (cause?.response) {
			const { status, statusText } = cause.response;
			for (const rule of testRequest.rules ?? []) {
				if (rule.type === 'responseCode' && rule.properties.value === status) return { status: 'Error', message: rule.properties.message };
			}
			if (status < 199 || status > 299) return { status: 'Error', message: statusText || `Received HTTP status code: ${status}` };
		} else if (cause?.code) {
			return { status: 'Error', message: cause.code };
		}
		return { status: 'Error', message: String((error as Error).message) };
	}
	return { status: 'OK', message: 'Connection successful!', output };
}

/** The `rules` of the built credential's test request (what n8n shows for a refused test, by status). */
export async function credentialTestRules(credentialType = 'jobtrainApi'): Promise<Array<{ properties: { value: unknown; message: string } }>> {
	const loaded = await loadPackage();
	const rules = (loaded.credentialTypes.getByName(credentialType).test as ICredentialTestRequest | undefined)?.rules ?? [];
	return rules.flatMap((rule) => (rule.type === 'responseCode' ? [rule] : []));
}
