import type { SeededRandom } from '../../core/random';
import type { ApplicationRecord, CandidateRecord, JobRecord, StoredFile } from '../records';
import { nameAndPostcodeKey, type JobtrainStore } from '../store';
import { ETHNICITIES, FIRST_NAMES, JOB_TITLES, SOURCES, SURNAMES } from './vocabulary';

const DAY_MS = 86_400_000;

function pickId(random: SeededRandom, ids: Iterable<number>): number {
	return random.pick([...ids]);
}

/** A new open job, created (and last updated) at `createdMs`. */
export function buildJob(store: JobtrainStore, random: SeededRandom, createdMs: number): JobRecord {
	const jobId = store.ids.job.next();
	const [title, category] = random.pick(JOB_TITLES);
	const department = store.settings.departments.get(pickId(random, store.settings.departments.keys()));
	const location = store.settings.locations.get(pickId(random, store.settings.locations.keys()));
	const locationName = location?.name ?? 'Manchester';
	const job: JobRecord = {
		jobId,
		reference: `JT-${String(jobId).padStart(5, '0')}`,
		jobTitle: title,
		description: `We are looking for a ${title} to join our team in ${locationName}. `.repeat(4).trim(),
		status: 'Open',
		divisionId: department?.divisionId ?? 1,
		departmentId: department?.id ?? 1,
		locationId: location?.id ?? 1,
		jobCategoryId: category + 1,
		salaryBandId: pickId(random, store.settings.salaryBands.keys()),
		employmentTypeId: pickId(random, store.settings.employmentTypes.keys()),
		jobLevelId: pickId(random, store.settings.jobLevels.keys()),
		closingMs: createdMs + random.int(14, 60) * DAY_MS,
		createdMs,
		updatedMs: createdMs,
	};
	store.jobs.set(jobId, job);
	return job;
}

/** A new candidate with a unique email and a unique name + postcode. */
export function buildCandidate(store: JobtrainStore, random: SeededRandom, createdMs: number): CandidateRecord {
	const candidateId = store.ids.candidate.next();
	const firstName = random.pick(FIRST_NAMES);
	const surname = random.pick(SURNAMES);
	let postcode = randomPostcode(random);
	while (store.candidateByNameAndPostcode.has(nameAndPostcodeKey({ firstName, surname, postcode }) ?? '')) postcode = randomPostcode(random);
	const candidate: CandidateRecord = {
		candidateId,
		title: random.pick(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', null]),
		firstName,
		surname,
		email: `${firstName}.${surname}.${candidateId}@example.co.uk`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''),
		phone: `0161 ${String(random.int(100, 999))} ${String(random.int(1000, 9999))}`,
		mobile: random.chance(0.7) ? `07700 ${String(random.int(900000, 900999))}` : null,
		postcode,
		addressLine1: `${random.int(1, 200)} High Street`,
		addressLine2: null,
		town: 'Manchester',
		county: 'Greater Manchester',
		country: 'United Kingdom',
		source: random.pick(SOURCES),
		createdMs,
	};
	store.addCandidate(candidate);
	return candidate;
}

function randomPostcode(random: SeededRandom): string {
	const letter = () => String.fromCharCode(65 + random.int(0, 25));
	return `M${random.int(1, 40)} ${random.int(1, 9)}${letter()}${letter()}`;
}

/** A small, deterministic PDF-like document standing in for a candidate's CV or cover letter. */
export function seededDocument(kind: 'CV' | 'Cover letter', candidate: CandidateRecord): StoredFile {
	const text = `%PDF-1.4\n% ${kind} of ${candidate.firstName} ${candidate.surname} (candidate ${candidate.candidateId})\n${'Experience and skills. '.repeat(20)}\n%%EOF\n`;
	const slug = `${candidate.firstName}-${candidate.surname}`.toLowerCase().replace(/[^a-z-]/g, '');
	return {
		fileName: `${slug}-${kind === 'CV' ? 'cv' : 'cover-letter'}.pdf`,
		contentType: 'application/pdf',
		bytes: Buffer.from(text, 'utf8'),
	};
}

/** A direct application ("Applied") of `candidate` to `job` at `appliedMs`. */
export function buildApplication(
	store: JobtrainStore,
	random: SeededRandom,
	job: JobRecord,
	candidate: CandidateRecord,
	appliedMs: number,
	files: { cv: StoredFile | null; coverLetter: StoredFile | null },
): ApplicationRecord {
	const application: ApplicationRecord = {
		applicationId: store.ids.application.next(),
		jobId: job.jobId,
		candidateId: candidate.candidateId,
		history: [{ status: 'Applied', atMs: appliedMs }],
		cv: files.cv,
		coverLetter: files.coverLetter,
		equalOpportunities: {
			gender: random.pick(['Female', 'Male', 'Non-binary', 'Prefer not to say']),
			ageBand: random.pick(['16-24', '25-34', '35-44', '45-54', '55-64', '65+']),
			ethnicity: random.pick(ETHNICITIES),
			disability: random.pick(['No', 'Yes', 'Prefer not to say']),
		},
	};
	store.applications.set(application.applicationId, application);
	return application;
}
