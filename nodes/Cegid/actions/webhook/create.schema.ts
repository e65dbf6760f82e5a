import { z } from 'zod';

import { isUrl } from '../../../shared/zodCompat';

export const webhookSubscriptionSchema = z.object({
	event: z.string().trim().min(1, 'is required: choose the event to subscribe to'),
	callbackUrl: z
		.string()
		.trim()
		.refine(isUrl, 'must be a full URL starting with https://, e.g. https://example.com/cegid/events')
		.refine((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://'),
	pingUrl: z
		.string()
		.trim()
		.refine(isUrl, 'must be a full URL starting with https://, e.g. https://example.com/cegid/ping')
		.refine((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://'),
});
