import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../errors';
import type { RetrySettings } from '../transport/types';

/** Node-wide retry and timeout settings; rate limiting itself is configured on the credential. */
export const requestOptionsProperty: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Max Attempts',
			name: 'maxAttempts',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10 },
			default: 5,
			description:
				'How many times a request is tried in all when the provider answers 429 (too many requests), times out or is briefly unavailable. Creating records is repeated only after a 429, never after an ambiguous failure.',
		},
		{
			displayName: 'Max Retry Wait (Seconds)',
			name: 'maxRetryWaitSeconds',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 120,
			description:
				'The longest total time one request may take, its attempts and the waits between them included, before no further attempt is made and the item fails',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			typeOptions: { minValue: 0.1, numberPrecision: 1 },
			default: 60,
			description: 'How long one attempt waits for the provider’s answer before it counts as timed out',
		},
	],
};

/**
 * The Request Options of one item, checked against the limits the editor enforces (an expression can give
 * any value): Timeout at least 0.1 s, Max Attempts a whole number from 1 to 10, Max Retry Wait at least 0.
 * A bad value fails the item before anything is sent; 0 would otherwise mean no timeout at all.
 */
export function readRetrySettings(context: IExecuteFunctions, defaults: RetrySettings, itemIndex = 0): RetrySettings {
	const options = context.getNodeParameter('requestOptions', itemIndex, {}) as Record<string, unknown>;
	const read = (name: string, field: string, rule: string, valid: (value: number) => boolean): number | undefined => {
		const raw = options[name];
		if (raw === undefined) return undefined;
		const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
		if (typeof value === 'number' && Number.isFinite(value) && valid(value)) return value;
		throw inputError(
			context.getNode(),
			itemIndex,
			field,
			`${JSON.stringify(raw) ?? String(raw)} is not valid: it must be ${rule}`,
			`Set "${field}" in Request Options to ${rule}, or remove the option to use the default.`,
		);
	};
	const timeoutSeconds = read('timeoutSeconds', 'Timeout (Seconds)', 'a number of seconds of at least 0.1', (value) => value >= 0.1);
	const maxAttempts = read('maxAttempts', 'Max Attempts', 'a whole number from 1 to 10', (value) => Number.isInteger(value) && value >= 1 && value <= 10);
	const maxRetryWaitSeconds = read('maxRetryWaitSeconds', 'Max Retry Wait (Seconds)', 'a number of seconds of at least 0', (value) => value >= 0);
	return {
		...defaults,
		timeoutMs: timeoutSeconds !== undefined ? Math.round(timeoutSeconds * 1000) : defaults.timeoutMs,
		maxAttempts: maxAttempts ?? defaults.maxAttempts,
		maxTotalWaitMs: maxRetryWaitSeconds !== undefined ? maxRetryWaitSeconds * 1000 : defaults.maxTotalWaitMs,
	};
}
