import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

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

export function readRetrySettings(context: IExecuteFunctions, defaults: RetrySettings): RetrySettings {
	const options = context.getNodeParameter('requestOptions', 0, {}) as {
		maxAttempts?: number;
		maxRetryWaitSeconds?: number;
		timeoutSeconds?: number;
	};
	return {
		...defaults,
		timeoutMs: options.timeoutSeconds !== undefined ? Math.round(options.timeoutSeconds * 1000) : defaults.timeoutMs,
		maxAttempts: options.maxAttempts ?? defaults.maxAttempts,
		maxTotalWaitMs: options.maxRetryWaitSeconds !== undefined ? options.maxRetryWaitSeconds * 1000 : defaults.maxTotalWaitMs,
	};
}
