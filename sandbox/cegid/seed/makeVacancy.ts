import type { SeededRandom } from '../../core/random';
import { naiveIso, type VacancyRecord } from '../store';
import { CITIES, CONTRACT_TYPES, JOB_TITLES, ORGANISATIONS, PROFILES, VACANCY_STATUSES } from './vocabulary';

const DAY_MS = 86_400_000;

export function statusByName(name: string) {
	return VACANCY_STATUSES.find((status) => status.name === name);
}

export function statusById(id: string) {
	return VACANCY_STATUSES.find((status) => status.id === id);
}

function weightedStatus(random: SeededRandom) {
	const total = VACANCY_STATUSES.reduce((sum, status) => sum + status.weight, 0);
	let pick = random.next() * total;
	for (const status of VACANCY_STATUSES) {
		pick -= status.weight;
		if (pick < 0) return status;
	}
	return VACANCY_STATUSES[0];
}

/** A vacancy in the shape of the export's `offerDetail` (see samples/cegid_export_offerdetail.json). */
export function makeVacancy(random: SeededRandom, number: number, chronoNumber: number, createdMs: number, modifiedMs: number): VacancyRecord {
	const status = weightedStatus(random);
	const year = new Date(createdMs).getUTCFullYear();
	const reference = `${year}-${String(number).padStart(5, '0')}`;
	const title = random.pick(JOB_TITLES);
	const contractType = random.pick(CONTRACT_TYPES);
	const profile = random.pick(PROFILES);
	const offerDetail = {
		reference,
		creationDate: naiveIso(createdMs),
		modificationDate: naiveIso(Math.max(createdMs, modifiedMs)),
		languageId: 'fr-FR',
		status: { id: status.id, label: status.label },
		vacancyCategory: null,
		vacancyView: null,
		candidateView: null,
		requestingParty: null,
		referral: null,
		organisation: random.pick(ORGANISATIONS),
		candidateRedirectionUrl: null,
		publishedOnInternet: status.name === 'Published',
		publishedOnIntranet: random.chance(0.3),
		location: random.pick(CITIES),
		criteria: {
			experienceLevel: { id: '_TS_exp_3_5', label: '3-5 ans' },
			educationLevel: { id: '_TS_etude_min_BAC', label: 'Bac' },
			skills: [],
		},
		languages: [{ language: { id: 'EN', label: 'Anglais' }, languageLevel: { id: 'B2', label: 'Courant' } }],
		jobDescription: {
			title,
			description1: `<p>Missions du poste de ${title.toLowerCase()} (${reference}).</p>`,
			description2: '<p>Profil recherché : rigueur, sens du service, esprit d’équipe.</p>',
			jobDescriptionCustomFields: { longText1: null, longText2: null, longText3: null },
			contractType,
			professionalCategory: { id: '_TS_CSP_ingenieur_et_cadre', label: 'Ingénieur & Cadre' },
			country: { id: '_TS_CO_Country_France', label: 'France' },
			primaryProfile: profile,
			secondaryProfiles: [],
		},
		generalInformationCustomFields: {},
		customBlock1CustomFields: {},
		customBlock2CustomFields: {},
		customBlock3CustomFields: {},
		customBlock4CustomFields: {},
	};
	return { reference, chronoNumber, status: status.name, offerDetail };
}

export function randomDates(random: SeededRandom, anchorMs: number): { createdMs: number; modifiedMs: number } {
	const createdMs = anchorMs - random.int(1, 365) * DAY_MS + random.int(0, 86_399) * 1000;
	return { createdMs, modifiedMs: Math.min(anchorMs, createdMs + random.int(0, 60) * DAY_MS + random.int(0, 86_399) * 1000) };
}
