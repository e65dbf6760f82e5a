import { z } from 'zod';

import { applyActionRules, jobUpdateShape } from '../../schemas';

/** The fields Jobcase documents for a job update: those of a create without products and campaign. */
export const jobUpdateSchema = z.object(jobUpdateShape).superRefine(applyActionRules);
