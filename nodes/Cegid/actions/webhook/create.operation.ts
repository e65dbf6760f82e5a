import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import { inputError } from '../../../shared/errors';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { CegidEndpoint } from '../../cegid.api';
import { EVENT_NAME, EVENT_NAME_RULE, OTHER_EVENT } from '../../transport/eventNames';
import { subscribe } from '../../transport/subscriptions';
import { webhookSubscriptionSchema } from './create.schema';

export const description: INodeProperties[] = showOnlyFor({ resource: ['webhook'], operation: ['create'] }, [
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		options: [
			{ name: 'Applicant Created', value: 'applicant_new', description: 'A new applicant (candidate) exists' },
			{ name: 'Applicant Resume Updated', value: 'applicant_resume_update', description: 'An applicant’s resume was replaced' },
			{ name: 'Applicant Updated', value: 'applicant_update', description: 'An applicant’s details changed' },
			{ name: 'Application Created', value: 'application_event_new', description: 'An applicant applied to a vacancy' },
			{ name: 'Other (Enter Below)', value: OTHER_EVENT, description: 'An event from Cegid’s full list that is not offered here' },
			{ name: 'Vacancy Created', value: 'vacancy_new', description: 'A new vacancy was created' },
			{ name: 'Vacancy Deleted', value: 'vacancy_deleted', description: 'A vacancy was deleted' },
			{ name: 'Vacancy Status Changed', value: 'vacancy_status', description: 'A vacancy changed status, e.g. was published' },
			{ name: 'Vacancy Updated', value: 'vacancy_update', description: 'A vacancy’s details changed' },
		],
		default: 'vacancy_new',
		description: 'The change to be told about',
	},
	{
		displayName: 'Event Name',
		name: 'customEvent',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'applicant_status',
		displayOptions: { show: { event: [OTHER_EVENT] } },
		description: `The event’s name as Cegid’s list of webhook events spells it: ${EVENT_NAME_RULE}`,
	},
	{
		displayName: 'Callback URL',
		name: 'callbackUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://example.com/cegid/events',
		description: 'Where Cegid sends the events (every 15 minutes by default)',
	},
	{
		displayName: 'Ping URL',
		name: 'pingUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://example.com/cegid/ping',
		description: 'Where Cegid sends health checks',
	},
]);

const labels = labelsOf(description);

/** Subscribes a URL of your own to an event (the Cegid Recruiting Trigger does this for you). */
export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<CegidEndpoint>): Promise<IDataObject> {
	const input = {
		event: eventOf(this, itemIndex),
		callbackUrl: this.getNodeParameter('callbackUrl', itemIndex),
		pingUrl: this.getNodeParameter('pingUrl', itemIndex),
	};
	const subscription = validateInput(this.getNode(), webhookSubscriptionSchema, input, itemIndex, labels);
	return { ...(await subscribe(client, this.getNode(), subscription, itemIndex)) };
}

function eventOf(context: IExecuteFunctions, itemIndex: number): string {
	const chosen = context.getNodeParameter('event', itemIndex) as string;
	if (chosen !== OTHER_EVENT) return chosen;
	const typed = String(context.getNodeParameter('customEvent', itemIndex, '')).trim();
	if (!EVENT_NAME.test(typed)) {
		throw inputError(context.getNode(), itemIndex, 'Event Name', `"${typed}" is not an event name`, `Use ${EVENT_NAME_RULE}.`);
	}
	return typed;
}
