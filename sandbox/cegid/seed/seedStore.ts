import { SeededRandom } from '../../core/random';
import type { CandidateRecord, CegidStore, VacancyRecord } from '../store';
import { makeCandidate } from './makeCandidate';
import { makeVacancy, randomDates } from './makeVacancy';
import { seedReferentials } from './referentials';
import type { ResolvedCegidSeed } from './seedOptions';

const FIRST_CHRONO_NUMBER = 100_001;

/** Deterministic data: the same seed gives the same vacancies, candidates and files. */
export function seedCegidStore(seed: ResolvedCegidSeed): CegidStore {
	const random = new SeededRandom(seed.randomSeed);
	let chrono = FIRST_CHRONO_NUMBER;
	const vacancies = new Map<string, VacancyRecord>();
	for (let number = 1; number <= seed.vacancies; number++) {
		const { createdMs, modifiedMs } = randomDates(random, seed.anchorMs);
		const vacancy = makeVacancy(random, number, chrono++, createdMs, modifiedMs);
		vacancies.set(vacancy.reference, vacancy);
	}
	const references = [...vacancies.keys()];
	const candidates = new Map<string, CandidateRecord>();
	for (let number = 1; number <= seed.candidates; number++) {
		const { createdMs, modifiedMs } = randomDates(random, seed.anchorMs);
		const candidate = makeCandidate(random, number, chrono++, createdMs, modifiedMs, references);
		candidates.set(candidate.id, candidate);
	}
	return {
		anchorMs: seed.anchorMs,
		randomSeed: seed.randomSeed,
		vacancies,
		candidates,
		referentials: seedReferentials(),
		webhooks: new Map(),
		reports: [],
		nextChronoNumber: chrono,
		nextVacancyNumber: seed.vacancies + 1,
		nextCandidateNumber: seed.candidates + 1,
		nextHookNumber: 1,
	};
}
