import { z } from 'zod';

import { aggressiveness, budget, isoDate, jobIdList, positiveId, required } from '../../schemas';

export const campaignCreateSchema = z.object({
	companyId: positiveId('company'),
	name: required('the campaign name'),
	budget: budget(15),
	aggressiveness: aggressiveness.optional(),
	endDate: isoDate.optional(),
	isPaused: z.boolean().optional(),
	jobs: jobIdList.optional(),
});
