import { z } from 'zod';

import { typeMessages } from '../shared/zodCompat';

/** Messages complete the sentence '"Field" (name) …' and say how to fix the value. */
export const requiredText = (what: string) =>
	z.string(typeMessages({ required: `is required: enter ${what}` })).trim().min(1, `is required: enter ${what}`);

/** Optional text: blank is the same as absent. */
export const optionalText = z
	.string()
	.trim()
	.optional()
	.transform((value) => (value === '' ? undefined : value));
