import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { ApiClient } from '../../shared/transport/apiClient';
import type { CegidEndpoint } from '../cegid.api';
import { type BinaryPreparer, candidateToItem } from '../transport/export/candidateItem';
import { forEachExportRecord } from '../transport/export/exportPages';
import { exactMatch, FILTER_RESERVED } from '../transport/export/filter';
import { decodeCandidate, decodeVacancy } from '../transport/export/records';
import { type AttachmentChoice, attachmentTypeParameter } from '../transport/attachmentType';
import { eventTypeOf, idField } from './deliveryEvents';

const VACANCY_EVENTS = new Set(['vacancy_new', 'vacancy_update', 'vacancy_status']);
const APPLICANT_EVENTS = new Set(['applicant_new', 'applicant_update', 'applicant_resume_update', 'application_event_new']);

/** Ids per export request: 3,000 ids in one filter make a URL servers refuse (431 / 414). */
export const IDS_PER_EXPORT = 100;

export interface FullRecordOptions {
	attachments: AttachmentChoice;
	binaryPrefix: string;
}

/**
 * Adds the exported record to each event that names one: `vacancy` (the offer detail) for vacancy
 * events, `candidate` (with attachments as binary data) for applicant events. The vacancies of a
 * delivery are fetched in export requests of at most 100 references, the candidates likewise. A failed
 * fetch, or an id that cannot be looked up (not text, or holding `,` or `|`), is noted on the events
 * as `fullRecordError`; the events are emitted all the same.
 */
export async function withFullRecords(
	client: ApiClient<CegidEndpoint>,
	helpers: BinaryPreparer,
	events: IDataObject[],
	options: FullRecordOptions,
): Promise<INodeExecutionData[]> {
	const references = distinct(events.filter((event) => VACANCY_EVENTS.has(eventTypeOf(event))).map((event) => idField(event.reference)));
	const applicantIds = distinct(events.filter((event) => APPLICANT_EVENTS.has(eventTypeOf(event))).map((event) => idField(event.applicantId)));
	const vacancies = await inChunks(references, async (chunk) => await fetchVacancies(client, chunk));
	const candidates = await inChunks(applicantIds, async (chunk) => await fetchCandidates(client, helpers, chunk, options));

	return events.map((event) => {
		const type = eventTypeOf(event);
		if (VACANCY_EVENTS.has(type)) {
			const reference = idField(event.reference);
			const unusable = unusableId('reference', event.reference, reference);
			if (unusable) return { json: { ...event, vacancy: null, fullRecordError: unusable } };
			const found = vacancies.get(reference as string);
			if (found instanceof Error) return { json: { ...event, vacancy: null, fullRecordError: found.message } };
			return { json: { ...event, vacancy: found ?? null } };
		}
		if (APPLICANT_EVENTS.has(type)) {
			const applicantId = idField(event.applicantId);
			const unusable = unusableId('applicantId', event.applicantId, applicantId);
			if (unusable) return { json: { ...event, candidate: null, fullRecordError: unusable } };
			const item = candidates.get(applicantId as string);
			if (item instanceof Error) return { json: { ...event, candidate: null, fullRecordError: item.message } };
			return item ? { json: { ...event, candidate: item.json }, ...(item.binary && { binary: item.binary }) } : { json: { ...event, candidate: null } };
		}
		return { json: { ...event } };
	});
}

/** Why an event's id cannot be looked up in an export, or undefined when it can. */
function unusableId(field: string, raw: unknown, id: string | undefined): string | undefined {
	if (id === undefined) {
		const what = raw === undefined ? 'missing' : raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw === 'object' ? 'an object' : `a ${typeof raw}`;
		return `the event's ${field} is ${what}, not an id, so its full record was not fetched`;
	}
	if (id === '') return `the event's ${field} is empty, so its full record was not fetched`;
	if (FILTER_RESERVED.test(id)) {
		return `the event's ${field} "${id.slice(0, 80)}" contains "," or "|", which Cegid's export filter cannot match exactly, so its full record was not fetched`;
	}
	return undefined;
}

/**
 * Fetches the records of `keys` `IDS_PER_EXPORT` at a time; a chunk whose export fails notes that failure
 * on its own keys, so the others keep their records.
 */
async function inChunks<T>(keys: string[], readChunk: (chunk: string[]) => Promise<Map<string, T>>): Promise<Map<string, T | Error>> {
	const found = new Map<string, T | Error>();
	for (let start = 0; start < keys.length; start += IDS_PER_EXPORT) {
		const chunk = keys.slice(start, start + IDS_PER_EXPORT);
		const records = await settle(async () => await readChunk(chunk));
		for (const key of chunk) {
			if (records instanceof Error) found.set(key, records);
			else if (records.has(key)) found.set(key, records.get(key) as T);
		}
	}
	return found;
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
function distinct(values: Array<string | undefined>): string[] {
	return [...new Set(values.filter((value): value is string => typeof value === 'string' && value !== '' && !FILTER_RESERVED.test(value)))];
}

async function settle<T>(work: () => Promise<T>): Promise<T | Error> {
	try {
		return await work();
	} catch (error) {
		return error instanceof Error ? error : new Error(String(error));
	}
}
