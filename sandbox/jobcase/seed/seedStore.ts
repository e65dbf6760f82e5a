import { SeededRandom } from '../../core/random';
import { JobcaseStore } from '../store';
import { seedCampaigns } from './seedCampaigns';
import { seedCompanies } from './seedCompanies';
import { seedJobs } from './seedJobs';
import { seedCcpaRecords } from './seedPeople';
import type { ResolvedSeed } from './seedOptions';

/**
 * Builds a fresh store. Each kind of object draws from its own random stream, so changing the number of jobs
 * does not change the companies.
 */
export function seedJobcaseStore(seed: ResolvedSeed, partnerId: number): JobcaseStore {
	const store = new JobcaseStore(seed.anchorMicros, seed.randomSeed);
	const stream = (index: number) => new SeededRandom(Math.imul(seed.randomSeed, 0x9e3779b1) + index * 0x632be5ab);
	seedCompanies(store, seed.companies, partnerId, stream(1));
	seedJobs(store, seed.jobs, partnerId, stream(2));
	seedCampaigns(store, seed.campaigns, partnerId, stream(3));
	seedCcpaRecords(store);
	return store;
}
