import type { INodePropertyOptions } from 'n8n-workflow';

export const NHSJOB_EVENTS = ['job.created', 'job.updated', 'job.closed', 'application.submitted', 'application.status_changed'] as const;

export const eventOptions: INodePropertyOptions[] = [
	{ name: 'Application Status Changed', value: 'application.status_changed', description: 'An application moved to another status' },
	{ name: 'Application Submitted', value: 'application.submitted', description: 'A new application was submitted' },
	{ name: 'Job Closed', value: 'job.closed', description: 'A job listing was closed' },
	{ name: 'Job Created', value: 'job.created', description: 'A new job was posted' },
	{ name: 'Job Updated', value: 'job.updated', description: 'A job listing was updated' },
];
