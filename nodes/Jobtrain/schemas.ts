import { z } from 'zod';

import { EMAIL_PATTERN, typeMessages } from '../shared/zodCompat';

/** Messages complete the sentence '"Field" (name) …' and say how to fix the value. */
const required = (what: string) =>
	z.string(typeMessages({ required: `is required: enter ${what}` })).trim().min(1, `is required: enter ${what}`);

const optionalText = z
	.string()
	.trim()
	.optional()
	.transform((value) => (value === '' ? undefined : value));

export const candidateSchema = z.object({
	firstName: required('the candidate’s first name'),
	surname: required('the candidate’s surname'),
	email: z
		.string(typeMessages({ required: 'is required: Jobtrain identifies candidates by email' }))
		.trim()
		.regex(EMAIL_PATTERN, 'must be a valid email address, e.g. name@example.co.uk'),
	postcode: optionalText.pipe(
		z.string().max(10, 'must be a postcode of at most 10 characters, e.g. "M1 1AE"').optional(),
	),
	title: optionalText,
	phone: optionalText,
	mobile: optionalText,
	addressLine1: optionalText,
	addressLine2: optionalText,
	town: optionalText,
	county: optionalText,
	country: optionalText,
	source: optionalText,
});

export type CandidateInput = z.infer<typeof candidateSchema>;

export const settingCreateSchema = z.object({
	name: required('the name Jobtrain should show'),
	code: optionalText,
	divisionId: z.union([z.string(), z.number().finite()]).optional(),
	regionId: z.union([z.string(), z.number().finite()]).optional(),
	postcode: optionalText,
});
