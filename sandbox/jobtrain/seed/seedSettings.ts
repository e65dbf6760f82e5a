import type { JobtrainStore } from '../store';
import { DEPARTMENTS, DIVISIONS, EMPLOYMENT_TYPES, JOB_CATEGORIES, JOB_LEVELS, LOCATIONS, REGIONS, SALARY_BANDS } from './vocabulary';

const code = (name: string) => name.replace(/[^A-Za-z]/g, '').slice(0, 4).toUpperCase();

/** The settings lists, the same for every seed. */
export function seedSettings(store: JobtrainStore): void {
	const divisions = DIVISIONS.map((name) => store.addSetting('divisions', { name, code: code(name) }));
	for (const [name, division] of DEPARTMENTS) {
		store.addSetting('departments', { name, code: code(name), divisionId: divisions[division].id });
	}
	const regions = REGIONS.map((name) => store.addSetting('regions', { name, code: code(name) }));
	for (const [name, postcode, region] of LOCATIONS) {
		store.addSetting('locations', { name, code: code(name), regionId: regions[region].id, postcode });
	}
	for (const name of JOB_CATEGORIES) store.addSetting('jobCategories', { name, code: code(name) });
	for (const name of SALARY_BANDS) store.addSetting('salaryBands', { name, code: null });
	for (const name of EMPLOYMENT_TYPES) store.addSetting('employmentTypes', { name, code: code(name) });
	for (const name of JOB_LEVELS) store.addSetting('jobLevels', { name, code: code(name) });
}
