import {
	booleanField,
	charField,
	choiceField,
	dateTimeField,
	dictField,
	emailField,
	integerField,
	listField,
	postalCodeField,
	urlField,
} from '../drf/fields';
import type { Parsed } from '../drf/serializer';
import { APPLY_ACTION_TYPES, EXPERIENCE_IDS, JOB_CATEGORY_IDS, WORKTIME_IDS } from '../mappings';
import { PRODUCT_CODES } from '../products';

/** Fields of a job update (the reference's update body: no products, no campaign). */
export const jobUpdateSchema = {
	companyId: integerField(),
	adNumber: charField({ maxLength: 255 }),
	jobTitle: charField({ maxLength: 255 }),
	jobDescription: charField(),
	jobStreet: charField({ maxLength: 255 }).optional().nullable(),
	jobCity: charField({ maxLength: 255 }),
	jobState: charField({ exactLength: 2 }),
	jobZipCode: postalCodeField({ minLength: 5, maxLength: 7 }),
	worktimeId: choiceField(WORKTIME_IDS).withDefault(() => 1),
	jobCategoryId: choiceField(JOB_CATEGORY_IDS).withDefault(() => 0),
	experienceId: choiceField(EXPERIENCE_IDS).withDefault(() => 5),
	applyUrl: urlField().optional().nullable(),
	applyEmails: listField(emailField()).withDefault(() => []),
	startDate: dateTimeField().optional().nullable(),
	endDate: dateTimeField().optional().nullable(),
	isConfidential: booleanField().withDefault(() => false),
	jobAttributes: dictField().withDefault(() => ({})),
	applyActionType: choiceField(APPLY_ACTION_TYPES).withDefault(() => 'Nothing' as const),
	resumeRequired: booleanField().withDefault(() => false),
};

export const productCodesField = () => listField(choiceField(PRODUCT_CODES));

/** Fields of a job create: the update fields plus products and an optional campaign. */
export const jobCreateSchema = {
	...jobUpdateSchema,
	products: productCodesField().withDefault(() => []),
	campaignId: integerField().optional().nullable(),
};

export type JobUpdateInput = Parsed<typeof jobUpdateSchema>;
export type JobCreateInput = Parsed<typeof jobCreateSchema>;
