import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors';

export const EXPRESSION_HINT =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

export const jobIdProperty: INodeProperties = {
	displayName: 'Job Name or ID',
	name: 'jobId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getJobs' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const candidateIdProperty: INodeProperties = {
	displayName: 'Candidate ID',
	name: 'candidateId',
	type: 'string',
	required: true,
	default: '',
	description: 'The Jobtrain candidate ID, e.g. from "Get Many for Job" or the trigger',
};

/** Jobtrain's ID format is not published: accept a whole number or a plain token (letters, digits, - and _). */
export function readId(context: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	const raw = context.getNodeParameter(name, itemIndex, '') as unknown;
	const value = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
	if (value === '' || value === '0' || !/^[A-Za-z0-9_-]+$/.test(value)) {
		throw inputError(
			context.getNode(),
			itemIndex,
			label,
			value === '' || value === '0' ? 'is required' : `"${value}" is not a Jobtrain ID`,
			`Enter the ${label.replace(/ (Name or )?ID$/, '').toLowerCase()} ID Jobtrain assigned, e.g. 1234, or map it from a previous node.`,
		);
	}
	return value;
}
