/** Events a subscription may name (documented, or seen in production). */
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
