/** Events we know (documented, or seen in production); the sandbox changes its data for these. */
export const WEBHOOK_EVENTS = [
	'vacancy_new',
	'vacancy_update',
	'vacancy_status',
	'vacancy_deleted',
	'application_event_new',
	'applicant_new',
	'applicant_update',
	'applicant_resume_update',
];

/** The body of one event, as Cegid sends it: `event_type` plus the fields naming what changed. */
export type EventPayload = { event_type: string } & Record<string, string>;

/**
 * Cegid's guide refers to a longer list of events than the ones we know, so a subscription may name any event of
 * Cegid's form (lower case, digits, underscores). Deliveries of the others carry what the change names.
 */
export const EVENT_NAME = /^[a-z][a-z0-9_]*$/;
