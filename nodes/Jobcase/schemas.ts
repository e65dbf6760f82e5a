import { z } from 'zod';

import { isoDateIssue } from '../shared/isoDate';
import { positiveIdValue } from '../shared/validate';
import { EMAIL_PATTERN, isUrl, typeMessages } from '../shared/zodCompat';
import { JOBCASE_MAX_JOBS_PER_CAMPAIGN } from './jobcase.api';

/** Messages complete the sentence '"Field" (name) …' and say how to fix the value. */
export const required = (what: string) => z.string(typeMessages({ required: `is required: enter ${what}` })).trim().min(1, `is required: enter ${what}`);

export const stateCode = z
	.string(typeMessages({ required: 'is required: enter the 2-letter state abbreviation, e.g. "CA"' }))
	.trim()
	.regex(/^[A-Za-z]{2}$/, 'must be exactly 2 letters, the state abbreviation, e.g. "CA"')
	.transform((value) => value.toUpperCase());

export const zipCode = z
	.union([z.string(), z.number().finite()])
	.transform((value) => String(value).trim())
	.pipe(z.string().min(5, 'must be 5 to 7 characters, e.g. "94111"').max(7, 'must be 5 to 7 characters, e.g. "94111"'));

export const email = z.string().trim().regex(EMAIL_PATTERN, 'must be a valid email address, e.g. name@example.com');

export const httpUrl = z
	.string()
	.trim()
	.refine(isUrl, 'must be a full URL starting with https://, e.g. https://example.com')
	.refine((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://');

/**
 * A Jobcase record ID: a positive whole number, or its digits as text (see positiveIdValue); never coerced, so
 * "0x10", "1e1", `true` or `[3]` are refused rather than read as another record's ID.
 */
export const positiveId = (what: string) =>
	z.unknown().transform((value, context) => {
		const id = positiveIdValue(value);
		if (id !== undefined) return id;
		const missing = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
		context.addIssue({
			code: 'custom',
			message: missing ? `is required: enter the numeric ${what} ID` : `must be the numeric ${what} ID (a positive whole number, digits only, e.g. 1042)`,
		});
		return z.NEVER;
	});

const hasAtMostTwoDecimals = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6;

export const budget = (minimum: number) =>
	z
		.number(typeMessages({ invalidType: 'must be a number' }))
		.finite()
		.min(minimum, `must be at least ${minimum}`)
		.refine(hasAtMostTwoDecimals, 'must have at most 2 decimal places, e.g. 15.25');

export const aggressiveness = z
	.number()
	.finite()
	.refine((value) => Number.isInteger(value) && value % 10 === 0 && value >= 10 && value <= 60, 'must be 10, 20, 30, 40, 50 or 60');

export const jobIdList = z
	.array(positiveId('job'))
	.max(JOBCASE_MAX_JOBS_PER_CAMPAIGN, `may hold at most ${JOBCASE_MAX_JOBS_PER_CAMPAIGN} job IDs: split the jobs over several campaigns`);

const person = z.object({
	firstName: required('a first name'),
	lastName: required('a last name'),
	email,
});

export const companySchema = z.object({
	partnerId: positiveId('partner'),
	companyName: required('the company name'),
	partnerCompanyId: required('your own unique ID for this company'),
	companyUrl: httpUrl,
	companyStreet: required('the street address'),
	companyCity: required('the city'),
	companyState: stateCode,
	companyZipCode: zipCode,
	companyContact: person.optional(),
	salesRep: person.optional(),
});

export const isoDate = z
	.string()
	.trim()
	.superRefine(isoDateIssue);

/** The fields Jobcase documents for a job update; a create takes these plus products and a campaign. */
export const jobUpdateShape = {
	companyId: positiveId('company'),
	adNumber: required('your own unique ID for this job'),
	jobTitle: required('the job title'),
	jobDescription: required('the job description (150 characters or more distribute best)'),
	jobStreet: z.string().trim().min(1).optional(),
	jobCity: required('the city'),
	jobState: stateCode,
	jobZipCode: zipCode,
	worktimeId: z.number().finite().optional(),
	jobCategoryId: z.number().finite().optional(),
	experienceId: z.number().finite().optional(),
	applyActionType: z.enum(['Nothing', 'Email Address', 'URL Redirect']).optional(),
	applyUrl: httpUrl.optional(),
	applyEmails: z.array(email).min(1, 'needs at least one email address').optional(),
	resumeRequired: z.boolean().optional(),
	startDate: isoDate.optional(),
	endDate: isoDate.optional(),
	isConfidential: z.boolean().optional(),
	jobAttributes: z.record(z.string(), z.unknown()).optional(),
};

const productCodes = z.array(z.string().trim().min(1, 'must not hold an empty product code'));

export function applyActionRules(job: { applyActionType?: string; applyUrl?: string; applyEmails?: string[] }, context: { addIssue(issue: { code: 'custom'; path: string[]; message: string }): void }): void {
	if (job.applyActionType === 'URL Redirect' && !job.applyUrl) {
		context.addIssue({ code: 'custom', path: ['applyUrl'], message: 'is required when Apply Action Type is "URL Redirect"' });
	}
	if (job.applyActionType === 'Email Address' && !job.applyEmails?.length) {
		context.addIssue({ code: 'custom', path: ['applyEmails'], message: 'is required when Apply Action Type is "Email Address"' });
	}
}

export const jobSchema = z
	.object({ ...jobUpdateShape, products: productCodes.optional(), campaignId: positiveId('campaign').optional() })
	.superRefine(applyActionRules);

/** The body of the products call (Add Products, Remove Products): at least one product code. */
export const jobProductsSchema = z.object({
	products: productCodes.min(1, 'needs at least one product: choose from the list or enter product codes'),
	campaignId: positiveId('campaign').optional(),
});

export const resumeDataSchema = z.record(
	z.string(),
	z.unknown(),
	typeMessages({ invalidType: 'must be a JSON object with the structured resume (e.g. {"workExperiences": [...]})' }),
);
