import { z } from 'zod';

import { aggressiveness, budget, isoDate, jobIdList, positiveId, required } from '../../schemas';

export const campaignUpdateSchema = z.object({
	companyId: positiveId('company'),
	name: required('the campaign name'),
	addBudget: budget(1).optional(),
	aggressiveness: aggressiveness.optional(),
	endDate: isoDate.optional(),
	isPaused: z.boolean().optional(),
	jobs: jobIdList.optional(),
});
