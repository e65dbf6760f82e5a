import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IHookFunctions,
	INodeCredentialTestResult,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { answeredByNode } from '../shared/webhookAnswer';
import { NHSJOB_EVENTS } from './trigger/events';
import { handleDelivery } from './trigger/handleDelivery';
import { signatureOptionsProperty } from './trigger/signatureSettings';

export class NhsJobTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'NHSJob Trigger',
		name: 'nhsJobTrigger',
		icon: { light: 'file:../../icons/nhsjob.svg', dark: 'file:../../icons/nhsjob.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when NHSJob reports job or application events',
		defaults: { name: 'NHSJob Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'nhsJobWebhookApi', required: true, testedBy: 'nhsJobWebhookSecret' }],
		webhooks: [answeredByNode({ name: 'default', httpMethod: 'POST', path: 'webhook' })],
		properties: [
			{
				displayName:
					'NHSJob webhooks are added by hand: in the NHSJob Developer Dashboard open Webhooks, click Add Webhook, paste this node’s Production URL (under Webhook URLs above), select the same events as below, then generate a webhook secret and paste it into the NHSJob Webhook API credential. Activate the workflow so the Production URL answers.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: [
					{ name: 'Application Status Changed', value: 'application.status_changed', description: 'An application moved to another status' },
					{ name: 'Application Submitted', value: 'application.submitted', description: 'A new application was submitted' },
					{ name: 'Job Closed', value: 'job.closed', description: 'A job listing was closed' },
					{ name: 'Job Created', value: 'job.created', description: 'A new job was posted' },
					{ name: 'Job Updated', value: 'job.updated', description: 'A job listing was updated' },
				],
				default: [...NHSJOB_EVENTS],
				description: 'The events that start the workflow; other deliveries are acknowledged and ignored',
			},
			signatureOptionsProperty,
		],
	};

	methods = {
		credentialTest: {
			async nhsJobWebhookSecret(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
				const secret = String(credential.data?.webhookSecret ?? '');
				if (secret === '') return { status: 'Error', message: 'Enter the webhook secret generated in the NHSJob Developer Dashboard' };
				if (secret !== secret.trim()) return { status: 'Error', message: 'The secret starts or ends with spaces: paste it again without them' };
				return {
					status: 'OK',
					message: 'The secret is filled in. NHSJob cannot be asked to confirm it: send a test delivery from its dashboard to check.',
				};
			},
		},
	};

	/**
	 * NHSJob has no API for webhooks: activation only marks the trigger active. The memory of deliveries seen
	 * survives deactivation (each entry expires on its own), so a delivery seen before stays refused after reactivating.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return this.getWorkflowStaticData('node').activatedAt !== undefined;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				const staticData = this.getWorkflowStaticData('node');
				// The memory of earlier versions, keyed by the unsigned event-ID header.
				delete staticData.recentEventIds;
				staticData.activatedAt = new Date().toISOString();
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				delete this.getWorkflowStaticData('node').activatedAt;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleDelivery.call(this);
	}
}
