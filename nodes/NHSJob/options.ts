import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * Contract types seen in NHSJob listings ("Permanent", "Temporary") plus the other usual NHS ones;
 * NHSJob publishes no list, so an expression can send any other value.
 */
export const contractTypeOptions: INodePropertyOptions[] = [
	{ name: 'Bank', value: 'Bank' },
	{ name: 'Fixed Term', value: 'Fixed Term' },
	{ name: 'Locum', value: 'Locum' },
	{ name: 'Permanent', value: 'Permanent' },
	{ name: 'Temporary', value: 'Temporary' },
];
