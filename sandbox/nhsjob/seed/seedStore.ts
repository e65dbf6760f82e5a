import { SeededRandom } from '../../core/random';
import type { CandidateRecord, JobRecord, NhsJobStore } from '../records';
import type { ResolvedSeed } from './seedOptions';
import { CONTRACT_TYPES, FIRST_NAMES, LAST_NAMES, LOCATIONS, ROLES, SPECIALTIES } from './vocabulary';

const FIRST_JOB_NUMBER = 10_001;
const FIRST_CANDIDATE_NUMBER = 50_001;
const SIXTY_DAYS_MS = 60 * 86_400_000;

/** Builds the same listings and candidates for the same seed. */
export function seedNhsJobStore(seed: ResolvedSeed): NhsJobStore {
	const random = new SeededRandom(seed.randomSeed);
	const jobs: JobRecord[] = [];
	for (let index = 0; index < seed.jobs; index++) jobs.push(makeJob(random, FIRST_JOB_NUMBER + index, seed));
	jobs.sort((a, b) => b.posted_at.localeCompare(a.posted_at) || a.id.localeCompare(b.id));

	const candidates = new Map<string, CandidateRecord>();
	for (let index = 0; index < seed.candidates; index++) {
		const candidate = makeCandidate(random, FIRST_CANDIDATE_NUMBER + index);
		candidates.set(candidate.id, candidate);
	}
	return {
		jobs: new Map(jobs.map((job) => [job.id, job])),
		jobOrder: jobs.map((job) => job.id),
		candidates,
		applications: new Map(),
		anchorMs: seed.anchorMs,
		nextJobNumber: FIRST_JOB_NUMBER + seed.jobs,
		nextApplicationNumber: 70_001,
	};
}

export function makeJob(random: SeededRandom, number: number, seed: Pick<ResolvedSeed, 'anchorMs' | 'closedShare'>): JobRecord {
	const specialty = random.pick(SPECIALTIES);
	const role = random.pick(ROLES);
	const location = random.pick(LOCATIONS);
	const postedAt = new Date(seed.anchorMs - random.int(1, SIXTY_DAYS_MS / 60_000) * 60_000).toISOString().replace('.000Z', 'Z');
	return {
		id: `job_${number}`,
		title: `${role.title} - ${specialty}`,
		description: `We are seeking a ${role.title.toLowerCase()} to join our ${specialty} team in ${location}. You will work within a supportive multidisciplinary team, with protected time for training and development.`,
		location,
		specialty,
		salary_range: role.salary,
		contract_type: random.pick(CONTRACT_TYPES),
		posted_at: postedAt,
		status: random.chance(seed.closedShare) ? 'closed' : 'open',
		updated_at: postedAt,
	};
}

function makeCandidate(random: SeededRandom, number: number): CandidateRecord {
	const firstName = random.pick(FIRST_NAMES);
	const lastName = random.pick(LAST_NAMES);
	return {
		id: `cand_${number}`,
		first_name: firstName,
		last_name: lastName,
		email: `${firstName}.${lastName}.${number}@example.org`.toLowerCase(),
		specialty: random.pick(SPECIALTIES),
		location: random.pick(LOCATIONS),
	};
}
