import { HttpError } from '../../core/httpError';
import { SeededRandom } from '../../core/random';
import { pdfLikeBytes, uuidLike } from '../seed/attachmentBytes';
import { makeCandidate } from '../seed/makeCandidate';
import { makeVacancy, statusById, statusByName } from '../seed/makeVacancy';
import { type CegidStore, naiveIso } from '../store';
import { EVENT_NAME, type EventPayload } from './events';

export interface Change {
	readonly event: string;
	readonly reference?: string;
	readonly applicantId?: string;
	/** For vacancy_status: a status id (`_TS_CO_OfferStatus_*`) or name (Published). */
	readonly status?: string;
	readonly vacancyReference?: string;
}

/** Changes the data as the event says and returns the event Cegid would send about it. */
export function applyChange(store: CegidStore, change: Change, nowMs: number): EventPayload {
	const random = new SeededRandom(store.randomSeed * 7919 + store.nextChronoNumber);
	switch (change.event) {
		case 'vacancy_new': {
			const vacancy = makeVacancy(random, store.nextVacancyNumber++, store.nextChronoNumber++, nowMs, nowMs);
			store.vacancies.set(vacancy.reference, vacancy);
			return { event_type: change.event, reference: vacancy.reference };
		}
		case 'vacancy_update': {
			const vacancy = vacancyOf(store, change);
			vacancy.offerDetail = { ...vacancy.offerDetail, modificationDate: naiveIso(nowMs) };
			vacancy.chronoNumber = store.nextChronoNumber++;
			return { event_type: change.event, reference: vacancy.reference };
		}
		case 'vacancy_status': {
			const vacancy = vacancyOf(store, change);
			const status = statusById(change.status ?? '') ?? statusByName(change.status ?? '');
			if (!status) throw bad('status must be a known status id or name, e.g. _TS_CO_OfferStatus_Suspendue');
			vacancy.status = status.name;
			vacancy.offerDetail = { ...vacancy.offerDetail, status: { id: status.id, label: status.label }, modificationDate: naiveIso(nowMs) };
			return { event_type: change.event, reference: vacancy.reference, statusId: status.id };
		}
		case 'vacancy_deleted': {
			const vacancy = vacancyOf(store, change);
			store.vacancies.delete(vacancy.reference);
			return { event_type: change.event, reference: vacancy.reference };
		}
		case 'applicant_new': {
			const candidate = makeCandidate(random, store.nextCandidateNumber++, store.nextChronoNumber++, nowMs, nowMs, [...store.vacancies.keys()]);
			store.candidates.set(candidate.id, candidate);
			return { event_type: change.event, applicantId: candidate.id };
		}
		case 'applicant_update': {
			const candidate = candidateOf(store, change);
			candidate.updateDate = naiveIso(nowMs);
			return { event_type: change.event, applicantId: candidate.id };
		}
		case 'applicant_resume_update': {
			const candidate = candidateOf(store, change);
			const resume = {
				id: uuidLike(random),
				isResume: true,
				mimeType: 'application/pdf',
				filename: `cv-${candidate.id}-${naiveIso(nowMs).slice(0, 10)}.pdf`,
				bytes: pdfLikeBytes(random, `CV ${candidate.id} (updated)`, random.int(2_000, 12_000)),
			};
			candidate.attachments = [resume, ...candidate.attachments.filter((attachment) => !attachment.isResume)];
			candidate.updateDate = naiveIso(nowMs);
			return { event_type: change.event, applicantId: candidate.id, fileId: resume.id };
		}
		case 'application_event_new': {
			const candidate = candidateOf(store, change);
			const reference = change.vacancyReference ?? [...store.vacancies.keys()][0];
			if (!reference || !store.vacancies.has(reference)) throw bad(`vacancyReference "${reference}" is not a vacancy`);
			const applications = Array.isArray(candidate.detail.applications) ? candidate.detail.applications : [];
			candidate.detail = { ...candidate.detail, applications: [...applications, { vacancyReference: reference }] };
			candidate.updateDate = naiveIso(nowMs);
			return { event_type: change.event, applicantId: candidate.id, vacancyReference: reference };
		}
		default: {
			// An event from Cegid's longer list: the data is left as it is, the delivery names what the change names.
			if (!EVENT_NAME.test(change.event)) throw bad('event must be an event name: lower-case letters, digits and underscores');
			return {
				event_type: change.event,
				...(change.reference !== undefined && { reference: change.reference }),
				...(change.applicantId !== undefined && { applicantId: change.applicantId }),
			};
		}
	}
}

function vacancyOf(store: CegidStore, change: Change) {
	const vacancy = change.reference ? store.vacancies.get(change.reference) : undefined;
	if (!vacancy) throw bad(`reference "${change.reference}" is not a vacancy`);
	return vacancy;
}

function candidateOf(store: CegidStore, change: Change) {
	const candidate = change.applicantId ? store.candidates.get(change.applicantId) : undefined;
	if (!candidate) throw bad(`applicantId "${change.applicantId}" is not a candidate`);
	return candidate;
}

function bad(message: string): HttpError {
	return new HttpError(400, { error: `Invalid change: ${message}.` });
}
