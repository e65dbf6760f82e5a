import { z } from 'zod';

import { isIpAddress, typeMessages } from '../../../shared/zodCompat';
import { email, httpUrl, required } from '../../schemas';

export const applicationEventSchema = z.object({
	firstName: required("the applicant's first name"),
	lastName: required("the applicant's last name"),
	email,
	phoneNumber: required("the applicant's phone number"),
	userIp: z
		.string(typeMessages({ required: 'is required: enter the IP address the applicant applied from' }))
		.trim()
		.refine(isIpAddress, 'must be the IPv4 or IPv6 address the applicant applied from, e.g. 203.0.113.7'),
	originalSource: z.string().trim().optional(),
	userAgent: z.string().optional(),
	jobcaseProfileUrl: httpUrl.optional(),
});
