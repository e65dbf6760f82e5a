import type { ReferentialItem } from '../store';
import { VACANCY_STATUSES } from './vocabulary';

type Row = [clientCode: string, french: string, english: string];

const TABLES: Record<string, { type: string; rows: Row[] }> = {
	countries: {
		type: 'country',
		rows: [
			['_TS_CO_Country_France', 'France', 'France'],
			['_TS_CO_Country_Belgique', 'Belgique', 'Belgium'],
			['_TS_CO_Country_Allemagne', 'Allemagne', 'Germany'],
			['_TS_CO_Country_Espagne', 'Espagne', 'Spain'],
			['_TS_CO_Country_RoyaumeUni', 'Royaume-Uni', 'United Kingdom'],
			['_TS_CO_Country_Suisse', 'Suisse', 'Switzerland'],
		],
	},
	civility: {
		type: 'civility',
		rows: [
			['_TS_CO_Civility_Mr', 'M.', 'Mr.'],
			['_TS_CO_Civility_Mrs', 'Mme', 'Mrs'],
			['_TS_CO_Civility_Dr', 'Dr', 'Dr.'],
		],
	},
	contractTypes: {
		type: 'contractType',
		rows: [
			['_TS_CO_ContractType_CDI', 'CDI', 'Permanent'],
			['_TS_CO_ContractType_CDD', 'CDD', 'Fixed-term'],
			['_TS_CO_ContractType_Interim', 'Intérim', 'Temporary'],
			['_TS_CO_ContractType_Stage', 'Stage', 'Internship'],
		],
	},
	educationLevels: {
		type: 'educationLevel',
		rows: [
			['_TS_etude_min_BAC', 'Bac', 'High school'],
			['_TS_etude_min_BAC2', 'Bac +2', 'Associate degree'],
			['_TS_etude_min_BAC5', 'Bac +5', 'Master’s degree'],
		],
	},
	experienceLevels: {
		type: 'experienceLevel',
		rows: [
			['_TS_exp_0_1', 'Débutant', 'Entry level'],
			['_TS_exp_3_5', '3-5 ans', '3-5 years'],
			['_TS_exp_10', 'Plus de 10 ans', 'Over 10 years'],
		],
	},
	offerStatuses: { type: 'offerStatus', rows: VACANCY_STATUSES.map((status): Row => [status.id, status.label, status.name]) },
};

/** The referentials the emulation serves, with French and English labels; codes are unique across them. */
export function seedReferentials(): Map<string, ReferentialItem[]> {
	const referentials = new Map<string, ReferentialItem[]>();
	let code = 200;
	for (const [category, table] of Object.entries(TABLES)) {
		referentials.set(
			category,
			table.rows.map(([clientCode, french, english]) => ({
				code: code++,
				clientCode,
				label: french,
				active: true,
				parentCode: null,
				type: table.type,
				parentType: '',
				hasChildren: false,
				translations: { 'fr-FR': french, 'en-GB': english },
			})),
		);
	}
	return referentials;
}
