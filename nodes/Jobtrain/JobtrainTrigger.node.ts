import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';

import { ApiClient } from '../shared/transport/apiClient';
import { jobtrain } from './jobtrain.api';
import { pollApplications, startApplicationCursor } from './trigger/applicationChanges';
import { readCursor, writeCursor, type ChangeCursor } from './trigger/cursor';
import { APPLICATION_EVENTS, byTime, JOB_EVENTS, type Change, type JobtrainEvent } from './trigger/events';
import { pollJobs, startJobCursor } from './trigger/jobChanges';
import { latestChange } from './trigger/sample';

export class JobtrainTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Jobtrain Trigger',
		name: 'jobtrainTrigger',
		icon: { light: 'file:../../icons/jobtrain.svg', dark: 'file:../../icons/jobtrain.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when jobs or applications change in Jobtrain (polled: Jobtrain has no webhooks)',
		defaults: { name: 'Jobtrain Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'jobtrainApi', required: true }],
		properties: [
			{
				displayName:
					'Jobtrain has no webhooks, so this node polls. Applications come from Jobtrain’s 24-hour change export: poll at least every few hours, as changes older than 24 hours cannot be recovered after a longer outage.',
				name: 'pollingNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: [
					{ name: 'Application Status Changed', value: 'applicationStatusChanged', description: 'An application moved to another status; one item per change' },
					{ name: 'Job Updated or Closed', value: 'jobUpdated', description: 'An existing job was changed or closed' },
					{ name: 'New Application', value: 'newApplication', description: 'A candidate applied for a job' },
					{ name: 'New Job', value: 'newJob', description: 'A job was created' },
				],
				required: true,
				default: ['newApplication'],
				description: 'The changes that start the workflow; each change starts it once, oldest first',
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const events = this.getNodeParameter('events', []) as JobtrainEvent[];
		if (events.length === 0) {
			throw new NodeOperationError(this.getNode(), 'Invalid "Events": choose at least one event to watch for');
		}
		const client = new ApiClient(this, jobtrain);
		// n8n's clock: the cursor uses only the time elapsed between polls, and the first poll's look-back.
		const now = Date.now();

		if (this.getMode() === 'manual') {
			const sample = await latestChange(client, events, now);
			return sample ? [[{ json: sample.json as IDataObject }]] : null;
		}

		const staticData = this.getWorkflowStaticData('node');
		const changes: Change[] = [];
		const next: Record<string, ChangeCursor> = {};
		// Every page is read before the cursor moves, so a poll that fails midway leaves it where it was.
		if (events.some((event) => JOB_EVENTS.includes(event))) {
			const cursor = readCursor(staticData.jobs, now);
			if (cursor) {
				const poll = await pollJobs(client, cursor, now);
				changes.push(...poll.changes);
				next.jobs = poll.cursor;
			} else {
				next.jobs = await startJobCursor(client, now);
			}
		}
		if (events.some((event) => APPLICATION_EVENTS.includes(event))) {
			const cursor = readCursor(staticData.applications, now);
			if (cursor) {
				const poll = await pollApplications(client, cursor, now);
				changes.push(...poll.changes);
				next.applications = poll.cursor;
			} else {
				next.applications = await startApplicationCursor(client, now);
			}
		}
		// A kind no longer watched forgets its cursor, so watching it again starts from that moment.
		for (const kind of ['jobs', 'applications']) {
			if (next[kind]) staticData[kind] = writeCursor(next[kind]);
			else delete staticData[kind];
		}

		const emitted = changes.filter((change) => events.includes(change.event)).sort(byTime);
		return emitted.length > 0 ? [emitted.map((change) => ({ json: change.json as IDataObject }))] : null;
	}
}
