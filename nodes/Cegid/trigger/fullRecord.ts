import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { ApiClient } from '../../shared/transport/apiClient';
import type { CegidEndpoint } from '../cegid.api';
import { type BinaryPreparer, candidateToItem } from '../export/candidateItem';
import { forEachExportRecord } from '../export/exportPages';
import { exactMatch, FILTER_RESERVED } from '../export/filter';
import { decodeCandidate, decodeVacancy } from '../export/records';
import { type AttachmentChoice, attachmentTypeParameter } from '../resources/candidate/attachmentOptions';
import { eventTypeOf } from './deliveryEvents';

const VACANCY_EVENTS = new Set(['vacancy_new', 'vacancy_update', 'vacancy_status']);
const APPLICANT_EVENTS = new Set(['applicant_new', 'applicant_update', 'applicant_resume_update', 'application_event_new']);

export interface FullRecordOptions {
	attachments: AttachmentChoice;
	binaryPrefix: string;
}

/**
 * Adds the exported record to each event that names one: `vacancy` (the offer detail) for vacancy
 * events, `candidate` (with attachments as binary data) for applicant events. All vacancies of a
 * delivery are fetched in one export request, all candidates in another. A failed fetch is noted on
 * the events as `fullRecordError`; the events are emitted all the same.
 */
export async function withFullRecords(
	client: ApiClient<CegidEndpoint>,
	helpers: BinaryPreparer,
	events: IDataObject[],
	options: FullRecordOptions,
): Promise<INodeExecutionData[]> {
	const references = distinct(events.filter((event) => VACANCY_EVENTS.has(eventTypeOf(event))).map((event) => event.reference));
	const applicantIds = distinct(events.filter((event) => APPLICANT_EVENTS.has(eventTypeOf(event))).map((event) => event.applicantId));
	const vacancies = await settle(() => fetchVacancies(client, references));
	const candidates = await settle(() => fetchCandidates(client, helpers, applicantIds, options));

	return events.map((event) => {
		const type = eventTypeOf(event);
		if (VACANCY_EVENTS.has(type) && typeof event.reference === 'string') {
			if (vacancies instanceof Error) return { json: { ...event, vacancy: null, fullRecordError: vacancies.message } };
			return { json: { ...event, vacancy: vacancies.get(event.reference) ?? null } };
		}
		if (APPLICANT_EVENTS.has(type) && typeof event.applicantId === 'string') {
			if (candidates instanceof Error) return { json: { ...event, candidate: null, fullRecordError: candidates.message } };
			const item = candidates.get(event.applicantId);
			return item ? { json: { ...event, candidate: item.json }, ...(item.binary && { binary: item.binary }) } : { json: { ...event, candidate: null } };
		}
		return { json: { ...event } };
	});
}

async function fetchVacancies(client: ApiClient<CegidEndpoint>, references: string[]): Promise<Map<string, IDataObject>> {
	const found = new Map<string, IDataObject>();
	if (references.length === 0) return found;
	const query = { filter: exactMatch('reference', references) };
	await forEachExportRecord(client, 'vacancyExport', query, pagingFor(client, references), undefined, (frame, position) => {
		const detail = decodeVacancy(frame, position);
		found.set(String(detail.reference), detail);
	});
	return found;
}

async function fetchCandidates(
	client: ApiClient<CegidEndpoint>,
	helpers: BinaryPreparer,
	applicantIds: string[],
	options: FullRecordOptions,
): Promise<Map<string, INodeExecutionData>> {
	const found = new Map<string, INodeExecutionData>();
	if (applicantIds.length === 0) return found;
	const query = { filter: exactMatch('id', applicantIds), attachmenttype: attachmentTypeParameter(options.attachments) };
	await forEachExportRecord(client, 'candidateExport', query, pagingFor(client, applicantIds), undefined, async (frame, position) => {
		const record = decodeCandidate(frame, position, options.attachments !== 'none');
		const candidateDetail = record.detail.candidateDetail as IDataObject | undefined;
		found.set(String(candidateDetail?.id ?? record.detail.id), await candidateToItem(helpers, record, options.binaryPrefix));
	});
	return found;
}

function pagingFor(client: ApiClient<CegidEndpoint>, keys: string[]) {
	return { returnAll: false, limit: keys.length, maxPageSize: client.provider.maxPageSize };
}

/** Values usable in an exact-match filter, each once. */
function distinct(values: unknown[]): string[] {
	return [...new Set(values.filter((value): value is string => typeof value === 'string' && value !== '' && !FILTER_RESERVED.test(value)))];
}

async function settle<T>(work: () => Promise<T>): Promise<T | Error> {
	try {
		return await work();
	} catch (error) {
		return error instanceof Error ? error : new Error(String(error));
	}
}
