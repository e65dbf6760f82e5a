import { SeededRandom } from '../../core/random';
import { MICROS_PER_DAY, formatInstant } from '../drf/datetime';
import type { CostRecord } from '../records';
import { roundCents } from '../represent';
import type { JobcaseStore } from '../store';
import { CAMPAIGN_THEMES, COST_SOURCES } from './vocabulary';

const MAX_JOBS_PER_CAMPAIGN = 20;
const MAX_EVENTS_PER_JOB = 6;

/** Seeds campaigns over each company's active jobs, with click/apply cost rows from the last 30 days. */
export function seedCampaigns(store: JobcaseStore, count: number, partnerId: number, random: SeededRandom): void {
	const companies = [...store.companies.values()];
	if (companies.length === 0) return;
	const activeJobsByCompany = new Map<number, number[]>();
	for (const job of store.jobs.values()) {
		if (job.jobStatus !== 'Active') continue;
		const list = activeJobsByCompany.get(job.companyId) ?? [];
		list.push(job.id);
		activeJobsByCompany.set(job.companyId, list);
	}

	for (let index = 0; index < count; index++) {
		const id = store.ids.campaign.next();
		const company = companies[index % companies.length];
		const candidates = activeJobsByCompany.get(company.id) ?? [];
		const jobIds = candidates.filter(() => random.chance(0.5)).slice(0, MAX_JOBS_PER_CAMPAIGN);
		const costs = seedCosts(store, id, jobIds, random);
		const spent = costs.reduce((sum, row) => sum + row.cost, 0);
		store.costs.set(id, costs);
		store.campaigns.set(id, {
			id,
			partnerId,
			companyId: company.id,
			name: `${random.pick(CAMPAIGN_THEMES)} ${company.companyName}`,
			budget: Math.ceil(spent) + random.int(5, 50) * 10,
			aggressiveness: random.int(1, 6) * 10,
			endDate: formatInstant(store.anchorMicros + random.int(14, 90) * MICROS_PER_DAY + random.int(0, 86_399) * 1_000_000),
			isPaused: index % 3 === 2,
			jobIds,
		});
	}
}

function seedCosts(store: JobcaseStore, campaignId: number, jobIds: number[], random: SeededRandom): CostRecord[] {
	const events: Omit<CostRecord, 'id'>[] = [];
	for (const jobId of jobIds) {
		const eventCount = random.int(0, MAX_EVENTS_PER_JOB);
		for (let event = 0; event < eventCount; event++) {
			const isApply = random.chance(0.1);
			const timeMicros = store.anchorMicros - Math.floor(random.next() * 30 * MICROS_PER_DAY);
			events.push({
				campaignId,
				jobId,
				source: random.pick(COST_SOURCES),
				cost: roundCents(isApply ? 2 + random.next() * 6 : 0.1 + random.next() * 1.1),
				eventType: isApply ? 'Apply' : 'Click',
				time: formatInstant(timeMicros),
			});
		}
	}
	// Rows get ids in time order, the order the cost_data endpoint lists them in.
	events.sort((a, b) => a.time.localeCompare(b.time));
	return events.map((event) => ({ id: store.ids.cost.next(), ...event }));
}
