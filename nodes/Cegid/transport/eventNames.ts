/**
 * Cegid's guide points to a longer list of webhook events than the ones we know (see webhookEventOptions), so any
 * name of this form can be subscribed: lower case, digits and underscores, starting with a letter, as Cegid's
 * event names are (vacancy_new, applicant_resume_update).
 */
export const EVENT_NAME = /^[a-z][a-z0-9_]*$/;

export const EVENT_NAME_RULE = 'lower-case letters, digits and underscores, starting with a letter (e.g. vacancy_new)';

/** The value of the Event option that reveals the field where another event name is typed. */
export const OTHER_EVENT = '__custom';

/** Comma-separated event names as typed: trimmed, empties dropped, each once. */
export function splitEventNames(text: string): string[] {
	return [...new Set(text.split(',').map((name) => name.trim()).filter((name) => name !== ''))];
}

/** The names that are not event names (to report them all at once). */
export function invalidEventNames(names: string[]): string[] {
	return names.filter((name) => !EVENT_NAME.test(name));
}
