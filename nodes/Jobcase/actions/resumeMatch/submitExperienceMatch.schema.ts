import { z } from 'zod';

import { required, resumeDataSchema } from '../../schemas';

export const experienceMatchSchema = z.object({
	resume_data: resumeDataSchema.refine(
		(data) => Array.isArray(data.workExperiences),
		'must contain a "workExperiences" array: Jobcase matches experience on it',
	),
	job_text: required('the text of the job'),
	jobtitle: required('the job title'),
});
