import { z } from 'zod';

import { isoDateIssue } from '../../../shared/isoDate';
import { typeMessages } from '../../../shared/zodCompat';

/** Messages complete the sentence '"Field" (name) …' and say how to fix the value. */
const isoDate = (what: string) =>
	z
		.string(typeMessages({ required: `is required: enter the ${what} as an ISO 8601 date, e.g. 2025-05-16T11:38:37Z`, invalidType: `must be the ${what} as an ISO 8601 date` }))
		.trim()
		.min(1, `is required: enter the ${what} as an ISO 8601 date, e.g. 2025-05-16T11:38:37Z`)
		.superRefine(isoDateIssue);

export const reportItemSchema = z
	.object({
		id: z
			.string(typeMessages({ required: 'is required: enter the vacancy reference or the applicant’s username', invalidType: 'must be text: the vacancy reference or the applicant’s username' }))
			.trim()
			.min(1, 'is required: enter the vacancy reference or the applicant’s username'),
		date: isoDate('creation date'),
		lastUpdateDate: isoDate('last update date'),
		status: z.enum(['success', 'error'], { message: 'must be "success" or "error"' }),
		messages: z.array(z.string().trim().min(1)).optional(),
	})
	.transform((item) => (item.status === 'error' && item.messages?.length ? item : { ...item, messages: undefined }));

export type ReportItem = z.infer<typeof reportItemSchema>;
