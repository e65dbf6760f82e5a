import { z } from 'zod';

import { typeMessages } from '../shared/zodCompat';

/**
 * NHSJob's examples show IDs such as "job_12345" and "cand_54321"; the exact format is not
 * published, so anything made of letters, digits, "_" and "-" is accepted.
 */
export const resourceId = (what: string, example: string) =>
	z
		.string(typeMessages({ required: `is required: enter the NHSJob ${what} ID, e.g. "${example}"` }))
		.trim()
		.min(1, `is required: enter the NHSJob ${what} ID, e.g. "${example}"`)
		.max(64, `is too long for an NHSJob ${what} ID (at most 64 characters), e.g. "${example}"`)
		.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, `must be an NHSJob ${what} ID made of letters, digits, "_" and "-", e.g. "${example}"`);

export const resumeUrl = z
	.string(typeMessages({ required: 'is required: enter the full address of the resume, e.g. https://example.com/resume.pdf' }))
	.trim()
	.min(1, 'is required: enter the full address of the resume, e.g. https://example.com/resume.pdf')
	.refine(isWebAddress, 'must be a full http:// or https:// address NHSJob can download, e.g. https://example.com/resume.pdf');

function isWebAddress(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
	} catch {
		return false;
	}
}

export const applicationSchema = z.object({
	jobId: resourceId('job', 'job_12345'),
	candidateId: resourceId('candidate', 'cand_54321'),
	resumeUrl,
});

export const jobIdSchema = z.object({ jobId: resourceId('job', 'job_12345') });

const filterText = (what: string) =>
	z
		.string(typeMessages({ invalidType: `must be text, e.g. ${what}` }))
		.trim()
		.max(200, 'is too long: use at most 200 characters')
		.optional()
		.transform((value) => (value === '' ? undefined : value));

/** Filters of the job search, under the query parameter names NHSJob uses. */
export const jobFiltersSchema = z.object({
	specialty: filterText('"Cardiology"'),
	location: filterText('"London"'),
	contract_type: filterText('"Permanent"'),
});
