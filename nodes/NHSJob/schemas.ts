import { z } from 'zod';

import { typeMessages } from '../shared/zodCompat';

/**
 * NHSJob's examples show IDs such as "job_12345" and "cand_54321"; the exact format is not
 * published, so anything made of letters, digits, "_" and "-" is accepted. IDs are text: a whole
 * number (e.g. mapped from a previous node) is read as its digits; any other number, a list, an
 * object or true/false is refused with the format.
 */
export const resourceId = (what: string, example: string) => {
	const format = `must be an NHSJob ${what} ID made of letters, digits, "_" and "-", e.g. "${example}"`;
	return z.preprocess(
		(value) => (value === null ? undefined : typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value),
		z
			.string(typeMessages({ required: `is required: enter the NHSJob ${what} ID, e.g. "${example}"`, invalidType: format }))
			.trim()
			.min(1, `is required: enter the NHSJob ${what} ID, e.g. "${example}"`)
			.max(64, `is too long for an NHSJob ${what} ID (at most 64 characters), e.g. "${example}"`)
			.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, format),
	);
};
