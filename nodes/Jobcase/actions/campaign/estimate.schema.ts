import { z } from 'zod';

import { aggressiveness, budget, required, stateCode } from '../../schemas';

export const estimateSchema = z
	.object({
		budget: budget(15),
		jobTitle: required('the job title'),
		jobDescription: required('the job description'),
		jobCity: z.string().trim().optional(),
		jobState: stateCode.optional(),
		jobZipCode: z.string().trim().max(7, 'must be at most 7 characters').optional(),
		companyName: z.string().trim().optional(),
		aggressiveness: aggressiveness.optional(),
	})
	.superRefine((estimate, context) => {
		const hasCityAndState = Boolean(estimate.jobCity && estimate.jobState);
		if (!hasCityAndState && !estimate.jobZipCode) {
			context.addIssue({
				code: 'custom',
				path: ['jobZipCode'],
				message: 'or both Job City and Job State are required: Jobcase needs a location for the estimate',
			});
		}
	});
