import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { answeredByNode } from '../shared/webhookAnswer';
import { removeSubscriptions, subscriptionsExist, syncSubscriptions } from './trigger/subscriptionSync';
import { answerPing, receiveDelivery } from './trigger/receiveDelivery';
import { EVENT_NAME_RULE } from './transport/eventNames';

export class CegidRecruitingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cegid Recruiting Trigger',
		name: 'cegidRecruitingTrigger',
		icon: { light: 'file:../../icons/cegid.svg', dark: 'file:../../icons/cegid.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{[...$parameter["events"], $parameter["otherEvents"]].filter(Boolean).join(", ")}}',
		description: 'Starts the workflow when vacancies or applicants change in Cegid Digital Recruiting (Talentsoft)',
		defaults: { name: 'Cegid Recruiting Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'cegidRecruitingApi', required: true }],
		webhooks: [
			answeredByNode({ name: 'default', httpMethod: 'POST', path: 'events' }),
			// Pings: n8n names a node's second webhook 'setup'. Their method is not published, so both are answered.
			answeredByNode({ name: 'setup', httpMethod: 'POST', path: 'ping' }),
			answeredByNode({ name: 'setup', httpMethod: 'GET', path: 'ping' }),
		],
		properties: [
			{
				displayName:
					'Cegid does not publish a way to list subscriptions. The trigger assumes GET /api/system/v1/webhooks to check that its subscriptions still exist; where the site answers 404, it trusts the hook IDs it stored. A refused delivery is logged with its reason, and shown as an item when you listen for a test event.',
				name: 'assumptionsNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				// Events Cegid documents or production code subscribes to; Other Events takes any other.
				options: [
					{ name: 'Applicant Created', value: 'applicant_new', description: 'A new applicant (candidate) exists' },
					{ name: 'Applicant Resume Updated', value: 'applicant_resume_update', description: 'An applicant’s resume was replaced' },
					{ name: 'Applicant Updated', value: 'applicant_update', description: 'An applicant’s details changed' },
					{ name: 'Application Created', value: 'application_event_new', description: 'An applicant applied to a vacancy' },
					{ name: 'Vacancy Created', value: 'vacancy_new', description: 'A new vacancy was created' },
					{ name: 'Vacancy Deleted', value: 'vacancy_deleted', description: 'A vacancy was deleted' },
					{ name: 'Vacancy Status Changed', value: 'vacancy_status', description: 'A vacancy changed status, e.g. was published' },
					{ name: 'Vacancy Updated', value: 'vacancy_update', description: 'A vacancy’s details changed' },
				],
				default: [],
				description: 'The changes that start the workflow; Cegid sends them in batches, every 15 minutes by default',
			},
			{
				displayName: 'Other Events',
				name: 'otherEvents',
				type: 'string',
				default: '',
				placeholder: 'applicant_status, vacancy_published',
				description: `More events from Cegid’s full list of webhook events, comma-separated: ${EVENT_NAME_RULE}. Their deliveries start the workflow with the event as Cegid sends it.`,
			},
			{
				displayName: 'Fetch Full Record',
				name: 'fetchFullRecord',
				type: 'boolean',
				default: false,
				description: 'Whether to export the vacancy (for vacancy events) or the candidate (for applicant events) and add it to the event',
			},
			{
				displayName: 'Attachments',
				name: 'attachments',
				type: 'options',
				options: [
					{ name: 'All Attachments', value: 'all', description: 'Every attachment as binary data' },
					{ name: 'None', value: 'none', description: 'Only the candidate’s data; attachments are listed but not downloaded' },
					{ name: 'Resumes', value: 'resume', description: 'Each resume as binary data' },
				],
				default: 'none',
				displayOptions: { show: { fetchFullRecord: [true] } },
				description: 'Which files to download with each candidate',
			},
			{
				displayName: 'Binary Property Prefix',
				name: 'binaryPrefix',
				type: 'string',
				default: 'attachment',
				displayOptions: { show: { fetchFullRecord: [true] }, hide: { attachments: ['none'] } },
				description:
					'Files are put in binary properties named after this prefix, e.g. attachment_0, attachment_1, … in the order the candidate lists them',
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await subscriptionsExist(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await syncSubscriptions(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await removeSubscriptions(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		if (this.getWebhookName() !== 'default') return answerPing(this);
		return await receiveDelivery(this);
	}
}
