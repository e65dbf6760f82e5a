import { SeededRandom } from '../../core/random';
import type { CompanyRecord } from '../records';
import type { JobcaseStore } from '../store';
import { CITIES, COMPANY_NAMES, FIRST_NAMES, LAST_NAMES, STREET_NAMES } from './vocabulary';

const SALES_REPS = [
	{ firstName: 'Sales', lastName: 'Rep', email: 'sales.rep@jobcase.com' },
	{ firstName: 'Dana', lastName: 'Whitfield', email: 'dana.whitfield@jobcase.com' },
];

export function seedCompanies(store: JobcaseStore, count: number, partnerId: number, random: SeededRandom): void {
	for (let index = 0; index < count; index++) {
		const id = store.ids.company.next();
		const round = Math.floor(index / COMPANY_NAMES.length);
		const baseName = COMPANY_NAMES[index % COMPANY_NAMES.length];
		const companyName = round === 0 ? baseName : `${baseName} ${round + 1}`;
		const domain = `${companyName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example.com`;
		const place = random.pick(CITIES);
		const firstName = random.pick(FIRST_NAMES);
		const lastName = random.pick(LAST_NAMES);
		const contact = store.findOrAddPerson({
			firstName,
			lastName,
			email: `${firstName}.${lastName}@${domain}`.toLowerCase(),
		});
		const salesRep = store.findOrAddPerson(SALES_REPS[index % SALES_REPS.length]);
		const company: CompanyRecord = {
			id,
			partnerId,
			companyName,
			partnerCompanyId: `CMP-${String(id).padStart(5, '0')}`,
			companyUrl: `https://www.${domain}`,
			companyStreet: `${random.int(1, 9999)} ${random.pick(STREET_NAMES)}`,
			companyCity: place.city,
			companyState: place.state,
			companyZipCode: `${place.zipPrefix}${String(random.int(1, 99)).padStart(2, '0')}`,
			companyContactId: contact.id,
			salesRepId: salesRep.id,
		};
		store.companies.set(id, company);
	}
}

/** The web domain the seeded company's URLs and emails use. */
export function companyDomain(company: CompanyRecord): string {
	return new URL(company.companyUrl).hostname.replace(/^www\./, '');
}
