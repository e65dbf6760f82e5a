import type {
	ICredentialDataDecryptedObject,
	IAuthenticateGeneric,
	IDataObject,
	IHttpRequestOptions,
	INode,
	IRequestOptionsSimplified,
	Workflow,
} from 'n8n-workflow';

type RequestTarget = keyof IAuthenticateGeneric['properties'];

/**
 * Applies a credential's generic `authenticate` block (headers, qs, body, auth) to request options.
 * Keys and values may be expressions that read `$credentials`; results are strings, as in n8n.
 */
export function applyGenericAuthentication(
	authenticate: IAuthenticateGeneric,
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
	workflow: Workflow,
	node: INode,
): IHttpRequestOptions {
	const updated = { ...requestOptions } as IHttpRequestOptions;
	const targets = updated as unknown as Record<RequestTarget, IDataObject | undefined>;
	const resolve = (value: string) => resolveCredentialValue(value, credentials, workflow, node);

	for (const [target, entries] of Object.entries(authenticate.properties) as Array<[RequestTarget, IDataObject]>) {
		const resolvedEntries: IDataObject = { ...(targets[target] ?? {}) };
		for (const [key, value] of Object.entries(entries)) {
			resolvedEntries[resolve(key)] = typeof value === 'string' ? resolve(value) : value;
		}
		targets[target] = resolvedEntries;
	}
	return updated;
}

function resolveCredentialValue(
	value: string,
	credentials: ICredentialDataDecryptedObject,
	workflow: Workflow,
	node: INode,
): string {
	if (!value.startsWith('=')) return value;
	const resolved = workflow.expression.getSimpleParameterValue(
		node,
		value,
		'internal',
		{ $credentials: credentials },
		undefined,
		'',
	);
	return resolved === undefined || resolved === null ? '' : String(resolved);
}
