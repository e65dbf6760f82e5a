import { z } from 'zod';

import { required, resumeDataSchema } from '../../schemas';

export const matchSchema = z.object({
	resume_data: resumeDataSchema,
	resume_text: z.string().optional(),
	job_text: required('the text of the job'),
	jobtitle: z.string().trim().optional(),
	delay: z.boolean().optional(),
});
