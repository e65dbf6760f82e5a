import { Credentials, getAdditionalKeys } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialsExpressionResolveValues,
	IExecuteData,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeParameters,
	INodeProperties,
	IRequestOptionsSimplified,
	IWorkflowExecuteAdditionalData,
	Workflow,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { ApplicationError, ICredentialsHelper, NodeHelpers } from 'n8n-workflow';

import type { CredentialStore } from './credential-store';
import type { HarnessCredentialTypes } from './credential-types';
import { applyGenericAuthentication } from './generic-authentication';

/** What n8n's CLI CredentialsHelper does, over an in-memory store instead of the database. */
export class HarnessCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly credentialTypes: HarnessCredentialTypes,
		private readonly store: CredentialStore,
	) {
		super();
	}

	getParentTypes(name: string): string[] {
		return this.credentialTypes.getParentTypes(name);
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.credentialTypes.getProperties(type);
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const credentialType = this.credentialTypes.getByName(typeName);
		const { authenticate } = credentialType;
		if (typeof authenticate === 'function') {
			// Called as a method, like n8n does, so `this` is the credential type.
			return await authenticate.call(credentialType, credentials, requestOptions as IHttpRequestOptions);
		}
		if (authenticate?.type === 'generic') {
			return applyGenericAuthentication(authenticate, credentials, requestOptions, workflow, node);
		}
		return requestOptions as IHttpRequestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const credentialType = this.credentialTypes.getByName(typeName);
		const expirable = this.getCredentialsProperties(typeName).find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (!expirable || typeof credentialType.preAuthentication !== 'function') return undefined;

		// n8n 2.8's CredentialsHelper: only an empty string counts as missing; the output is merged into the
		// credentials it was given (httpRequestWithAuthentication authenticates with that very object).
		if (credentials[expirable.name] !== '' && !credentialsExpired) return undefined;

		const output = await credentialType.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		const reference = node.credentials?.[typeName];
		if (!reference) return undefined;
		await this.updateCredentials(reference, typeName, Object.assign(credentials, output));
		return Object.assign(credentials, output);
	}

	async getCredentials(nodeCredentials: INodeCredentialsDetails, type: string): Promise<ICredentials> {
		const credentials = new Credentials(nodeCredentials, type);
		credentials.setData(this.store.getData(requireId(nodeCredentials, type), type));
		return credentials;
	}

	async getDecrypted(
		additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		mode: WorkflowExecuteMode,
		_executeData?: IExecuteData,
		raw?: boolean,
		expressionResolveValues?: ICredentialsExpressionResolveValues,
	): Promise<ICredentialDataDecryptedObject> {
		const stored = this.store.getData(requireId(nodeCredentials, type), type);
		if (raw) return stored;

		// Like n8n: declared properties only, with defaults; oauthTokenData is not a property but must survive.
		const withDefaults = NodeHelpers.getNodeParameters(
			this.getCredentialsProperties(type),
			stored as INodeParameters,
			true,
			false,
			null,
			null,
		) as ICredentialDataDecryptedObject;
		// Properties of parents outside the package (e.g. oAuth2Api's clientId) are undeclared here, so keep them.
		const decrypted = this.credentialTypes.hasUnknownAncestor(type) ? { ...stored, ...withDefaults } : withDefaults;
		if (stored.oauthTokenData !== undefined) decrypted.oauthTokenData = stored.oauthTokenData;

		if (!expressionResolveValues) return decrypted;
		const { workflow, runExecutionData, runIndex, itemIndex, node, connectionInputData } =
			expressionResolveValues;
		return workflow.expression.getParameterValue(
			decrypted as INodeParameters,
			runExecutionData,
			runIndex,
			itemIndex,
			node.name,
			connectionInputData,
			mode,
			getAdditionalKeys(additionalData, mode, null),
			undefined,
			false,
			decrypted,
		) as ICredentialDataDecryptedObject;
	}

	async updateCredentials(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.store.update(requireId(nodeCredentials, type), type, data);
	}

	/** Persists only the new token data, as n8n does, not the defaults and resolved values in `data`. */
	async updateCredentialsOauthTokenData(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		const id = requireId(nodeCredentials, type);
		this.store.update(id, type, { ...this.store.getData(id, type), oauthTokenData: data.oauthTokenData });
	}
}

function requireId(nodeCredentials: INodeCredentialsDetails, type: string): string {
	if (!nodeCredentials.id) throw new ApplicationError(`Credential "${nodeCredentials.name}" (${type}) has no id`);
	return nodeCredentials.id;
}
