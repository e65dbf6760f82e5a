import { IdSequence } from './idSequence';
import type {
	ApplicationEventRecord,
	CampaignRecord,
	CcpaRecord,
	CompanyRecord,
	CostRecord,
	JobRecord,
	PersonRecord,
	PurgeRequestRecord,
	ResumeMatchRecord,
	StoredFile,
} from './records';

/** All emulated Jobcase data. Maps keep insertion order, and ids only grow, so iteration is id order. */
export class JobcaseStore {
	readonly companies = new Map<number, CompanyRecord>();
	readonly jobs = new Map<number, JobRecord>();
	readonly campaigns = new Map<number, CampaignRecord>();
	/** Cost rows per campaign id. */
	readonly costs = new Map<number, CostRecord[]>();
	readonly people = new Map<number, PersonRecord>();
	/** Contacts and sales reps by lower-cased email: the same person is reused across companies. */
	readonly peopleByEmail = new Map<string, PersonRecord>();
	readonly logos = new Map<number, StoredFile>();
	readonly applicationEvents = new Map<number, ApplicationEventRecord>();
	/** By lower-cased email. */
	readonly ccpa = new Map<string, CcpaRecord>();
	readonly purgeRequests: PurgeRequestRecord[] = [];
	readonly matches = new Map<string, ResumeMatchRecord>();

	readonly ids = {
		company: new IdSequence(),
		job: new IdSequence(),
		campaign: new IdSequence(),
		cost: new IdSequence(),
		person: new IdSequence(),
		applicationEvent: new IdSequence(),
		ccpa: new IdSequence(),
		purge: new IdSequence(),
		match: new IdSequence(),
	};

	/**
	 * @param anchorMicros "now" for the seeded data (start of the reset's UTC day unless pinned), so the same
	 *   seed gives the same data.
	 * @param randomSeed mixed into generated keys so they differ between seeds.
	 */
	constructor(
		readonly anchorMicros: number,
		readonly randomSeed: number,
	) {}

	personById(id: number | null): PersonRecord | null {
		return id === null ? null : (this.people.get(id) ?? null);
	}

	/** Returns the known person with this email, or records a new one. */
	findOrAddPerson(details: Omit<PersonRecord, 'id'>): PersonRecord {
		const key = details.email.toLowerCase();
		const existing = this.peopleByEmail.get(key);
		if (existing) return existing;
		const person: PersonRecord = { id: this.ids.person.next(), ...details };
		this.people.set(person.id, person);
		this.peopleByEmail.set(key, person);
		return person;
	}

	costsOf(campaignId: number): CostRecord[] {
		return this.costs.get(campaignId) ?? [];
	}
}
