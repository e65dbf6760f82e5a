import type { SeededRandom } from '../../core/random';
import { type AttachmentRecord, type CandidateRecord, naiveIso } from '../store';
import { pdfLikeBytes, uuidLike } from './attachmentBytes';
import { CONTRACT_TYPES, FIRST_NAMES, LAST_NAMES, PROFILES } from './vocabulary';

/** An applicant in the shape of the export's `applicantdetail` (see samples/cegid_export_applicantdetail.json). */
export function makeCandidate(
	random: SeededRandom,
	number: number,
	chronoNumber: number,
	createdMs: number,
	modifiedMs: number,
	vacancyReferences: string[],
): CandidateRecord {
	const id = `_TS-${String(number).padStart(5, '0')}`;
	const firstName = random.pick(FIRST_NAMES);
	const lastName = random.pick(LAST_NAMES);
	const email = `${firstName}.${lastName}.${number}@example.com`
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
	const applications = vacancyReferences.length > 0 && random.chance(0.8) ? [{ vacancyReference: random.pick(vacancyReferences) }] : [];
	const detail = {
		candidateDetail: {
			id,
			creationDate: naiveIso(createdMs),
			personalInformation: {
				firstName,
				lastName,
				email,
				residentCountry: { id: '_TS_CO_Country_France', label: 'France' },
			},
			positionSought: {
				contractType: random.pick(CONTRACT_TYPES),
				primaryProfile: random.pick(PROFILES),
				jobPreferencesCustomFields: { customCodeTable1: null },
			},
			globalExperience: { globalExperienceLevel: { id: '_TS_exp_3_5', label: '3-5 ans' } },
			educations: [{ educationLevel: { id: '_TS_etude_min_BAC', label: 'Bac' } }],
		},
		isEmployee: random.chance(0.1),
		isInProgress: random.chance(0.7),
		applications,
	};
	return { id, email, chronoNumber, updateDate: naiveIso(Math.max(createdMs, modifiedMs)), detail, attachments: makeAttachments(random, id, number) };
}

/** A resume for everyone; a cover letter for one candidate in three. */
export function makeAttachments(random: SeededRandom, candidateId: string, number: number): AttachmentRecord[] {
	const attachments: AttachmentRecord[] = [
		{ id: uuidLike(random), isResume: true, mimeType: 'application/pdf', filename: `cv-${candidateId}.pdf`, bytes: pdfLikeBytes(random, `CV ${candidateId}`, random.int(2_000, 12_000)) },
	];
	if (number % 3 === 0) {
		attachments.push({
			id: uuidLike(random),
			isResume: false,
			mimeType: 'application/pdf',
			filename: 'lettre-motivation.pdf',
			bytes: pdfLikeBytes(random, `Lettre ${candidateId}`, random.int(1_000, 4_000)),
		});
	}
	return attachments;
}
