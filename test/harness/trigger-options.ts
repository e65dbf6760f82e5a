import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { HarnessCredentials } from './credential-references';
import type { CredentialStore } from './credential-store';

export interface TriggerOptions {
	/** Package root whose package.json `n8n` section is loaded; default: this project. */
	packageDir?: string;
	/** Short node name, e.g. 'jobcaseTrigger' (→ '<package name>.jobcaseTrigger'). */
	nodeType: string;
	/** Default: the node's highest version. */
	typeVersion?: number;
	parameters: INodeParameters;
	/** Credential type → decrypted data, resolved through the same helper and store as runNode. */
	credentials?: HarnessCredentials;
	/** Shares persisted credential data (e.g. refreshed tokens) between calls. */
	store?: CredentialStore;
	/** The node's static data (n8n: `getWorkflowStaticData('node')`) to start from. */
	staticData?: IDataObject;
	/**
	 * 'production' (default): an active workflow's production webhooks. 'test': the editor listening for a test
	 * event, as n8n's TestWebhooks does it: URLs under /webhook-test, webhook data marked isTest, activation in mode
	 * 'manual', and the webhook function and the run it starts in mode 'manual'.
	 */
	listen?: 'production' | 'test';
}
