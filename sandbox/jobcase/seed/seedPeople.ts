import type { JobcaseStore } from '../store';

/** People Jobcase already holds data about, for the CCPA lookup. The first is the reference's example. */
const KNOWN_APPLICANTS = [
	{ name: 'Some User', phone: '(250) 888-8633 x', email: 'anonymous@jobcase.com', resumeFile: 1 },
	{ name: 'Maria Garcia', phone: '(617) 555-0142', email: 'maria.garcia@example.com', resumeFile: 2 },
	{ name: 'James Smith', phone: '(312) 555-0199', email: 'james.smith@example.com', resumeFile: null },
	{ name: 'Aisha Khan', phone: '(206) 555-0111', email: 'aisha.khan@example.com', resumeFile: 3 },
] as const;

export function seedCcpaRecords(store: JobcaseStore): void {
	for (const applicant of KNOWN_APPLICANTS) {
		store.ccpa.set(applicant.email, {
			pk: store.ids.ccpa.next(),
			name: applicant.name,
			phone: applicant.phone,
			email: applicant.email,
			resumeFile: applicant.resumeFile,
		});
	}
}
