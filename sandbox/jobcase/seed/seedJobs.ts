import { SeededRandom } from '../../core/random';
import { MICROS_PER_DAY } from '../drf/datetime';
import { EXPERIENCE_IDS, WORKTIME_IDS, type ApplyActionType } from '../mappings';
import { PRODUCT_CODES } from '../products';
import type { JobRecord } from '../records';
import type { JobcaseStore } from '../store';
import { companyDomain } from './seedCompanies';
import { BENEFITS, CITIES, JOB_TITLES, STREET_NAMES } from './vocabulary';

const POSTING_WINDOW_DAYS = 60;
const EXPIRED_SHARE = 0.1;

/** Seeds jobs posted over the 60 days before the anchor; ids follow posting order, about 10% are expired. */
export function seedJobs(store: JobcaseStore, count: number, partnerId: number, random: SeededRandom): void {
	const companies = [...store.companies.values()].map((company) => ({ ...company, domain: companyDomain(company) }));
	if (companies.length === 0) return;
	const ages = Array.from({ length: count }, () => Math.floor(random.next() * POSTING_WINDOW_DAYS * MICROS_PER_DAY));
	ages.sort((a, b) => b - a);

	for (const age of ages) {
		const id = store.ids.job.next();
		const company = random.pick(companies);
		const domain = company.domain;
		const role = random.pick(JOB_TITLES);
		const place = random.pick(CITIES);
		const postedAtMicros = store.anchorMicros - age;
		const expired = random.chance(EXPIRED_SHARE);
		const adNumber = `AD-${company.id}-${String(id).padStart(6, '0')}`;
		const applyActionType = pickApplyAction(random);
		const endDateMicros = expired
			? postedAtMicros + Math.floor(random.next() * (store.anchorMicros - postedAtMicros))
			: store.anchorMicros + random.int(15, 60) * MICROS_PER_DAY + random.int(0, 86_399) * 1_000_000;
		const job: JobRecord = {
			id,
			partnerId,
			companyId: company.id,
			adNumber,
			jobTitle: role.title,
			jobDescription: `${company.companyName} is hiring a ${role.title} in ${place.city}, ${place.state}. ${role.duty} ${random.pick(BENEFITS)}`,
			jobStreet: random.chance(0.8) ? `${random.int(1, 9999)} ${random.pick(STREET_NAMES)}` : null,
			jobCity: place.city,
			jobState: place.state,
			jobZipCode: `${place.zipPrefix}${String(random.int(1, 99)).padStart(2, '0')}`,
			worktimeId: random.chance(0.6) ? 1 : random.pick(WORKTIME_IDS),
			jobCategoryId: role.categoryId,
			experienceId: random.pick(EXPERIENCE_IDS),
			applyUrl: applyActionType === 'URL Redirect' ? `https://careers.${domain}/jobs/${adNumber}` : null,
			applyEmails: applyActionType === 'Email Address' ? [`jobs@${domain}`] : [],
			startDateMicros: postedAtMicros,
			endDateMicros,
			isConfidential: random.chance(0.05),
			jobAttributes: random.chance(0.3) ? { shift: random.pick(['Day', 'Night', 'Weekend']) } : {},
			jobStatus: expired ? 'Expired' : 'Active',
			applyActionType,
			resumeRequired: applyActionType === 'Email Address' && random.chance(0.5),
			products: random.chance(0.25) ? [random.pick(PRODUCT_CODES)] : [],
			postedAtMicros,
		};
		store.jobs.set(id, job);
	}
}

function pickApplyAction(random: SeededRandom): ApplyActionType {
	const roll = random.next();
	if (roll < 0.5) return 'URL Redirect';
	if (roll < 0.8) return 'Email Address';
	return 'Nothing';
}
