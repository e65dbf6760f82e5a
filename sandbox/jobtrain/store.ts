import type { ApplicationRecord, CandidateRecord, JobRecord, SettingRecord } from './records';

export const SETTING_KINDS = [
	'divisions', 'departments', 'locations', 'regions', 'jobCategories', 'salaryBands', 'employmentTypes', 'jobLevels',
] as const;
export type SettingKind = (typeof SETTING_KINDS)[number];

/** Hands out 1, 2, 3, ... like a database identity column. */
export class IdSequence {
	private last = 0;

	next(): number {
		return ++this.last;
	}
}

/** All emulated Jobtrain data. Maps keep insertion order and ids only grow, so iteration is id order. */
export class JobtrainStore {
	readonly settings = Object.fromEntries(SETTING_KINDS.map((kind) => [kind, new Map<number, SettingRecord>()])) as Record<
		SettingKind,
		Map<number, SettingRecord>
	>;
	readonly jobs = new Map<number, JobRecord>();
	readonly candidates = new Map<number, CandidateRecord>();
	/** Jobtrain's uniqueness rules: by lower-cased email, and by first name + surname + postcode. */
	readonly candidateByEmail = new Map<string, CandidateRecord>();
	readonly candidateByNameAndPostcode = new Map<string, CandidateRecord>();
	readonly applications = new Map<number, ApplicationRecord>();

	readonly ids = {
		setting: Object.fromEntries(SETTING_KINDS.map((kind) => [kind, new IdSequence()])) as Record<SettingKind, IdSequence>,
		job: new IdSequence(),
		candidate: new IdSequence(),
		application: new IdSequence(),
	};

	/** @param anchorMs "now" of the seeded data. */
	constructor(readonly anchorMs: number) {}

	addSetting(kind: SettingKind, details: Omit<SettingRecord, 'id'>): SettingRecord {
		const record: SettingRecord = { id: this.ids.setting[kind].next(), ...details };
		this.settings[kind].set(record.id, record);
		return record;
	}

	settingName(kind: SettingKind, id: number | null | undefined): string | null {
		return id === null || id === undefined ? null : (this.settings[kind].get(id)?.name ?? null);
	}

	addCandidate(candidate: CandidateRecord): void {
		this.candidates.set(candidate.candidateId, candidate);
		this.candidateByEmail.set(candidate.email.toLowerCase(), candidate);
		const key = nameAndPostcodeKey(candidate);
		if (key) this.candidateByNameAndPostcode.set(key, candidate);
	}

	lastChangeMs(application: ApplicationRecord): number {
		return application.history[application.history.length - 1].atMs;
	}
}

/** First name + surname + postcode, compared without case or spaces; null without a postcode. */
export function nameAndPostcodeKey(person: { firstName: string; surname: string; postcode: string | null }): string | null {
	if (!person.postcode) return null;
	const norm = (value: string) => value.toLowerCase().replace(/\s+/g, '');
	return `${norm(person.firstName)}|${norm(person.surname)}|${norm(person.postcode)}`;
}
