import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { CorruptExportError, type ExportPosition } from './corruptExportError';
import { refuseInflating } from './inflateLimits';
import type { CandidateRecord, ExportedFile } from './records';
import { attachmentId, attachmentsToDownload, oncePerId } from './resumeFilter';

/**
 * One record of an export page Cegid answered in JSON (its guide says the APIs speak JSON only; production
 * sees length-prefixed ZIP archives, read by `frames.ts`; see `cegidAssumptions.jsonExport`). `detail` is what a ZIP's `offerdetail` /
 * `applicantdetail` entry holds; attachment files come as base64 in the attachment's `content`.
 */
export interface JsonExportRecord {
	readonly format: 'json';
	readonly detail: IDataObject;
	/**
	 * Base64 content (checked, without white space) of the attachments that carried one, by attachment id (the
	 * first content given for an id). Decoded only when output, and counted against the page's budget each time.
	 */
	readonly contents: ReadonlyMap<string, string>;
	/** Identifies the record to the paging guard, which drops a record sent twice. */
	readonly digest: string;
}

/** A record as the export pages hand it over: a ZIP archive, or a record read from JSON. */
export type ExportFrame = Buffer | JsonExportRecord;

export type ExportKind = 'vacancy' | 'candidate';

/** Where an attachment's base64 content may be (assumed: the JSON export is not published). */
const CONTENT_FIELDS = ['content', 'base64Content', 'fileContent'];
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
const JSON_CONTENT_TYPE = /^\s*application\/(?:[\w.+-]+\+)?json\b/i;

export function isJsonRecord(frame: ExportFrame): frame is JsonExportRecord {
	return !Buffer.isBuffer(frame) && frame.format === 'json';
}

/** A 20-byte identity of a record, for the paging guard. */
export function recordDigest(frame: ExportFrame): string {
	return isJsonRecord(frame) ? frame.digest : createHash('sha1').update(frame).digest('base64');
}

/**
 * True when an export page is JSON: declared `application/json`, or, when it does not start like a
 * `[length][ZIP]` record (bytes 4–5 `PK`), its first non-space character is `[` or `{`.
 */
export function isJsonExport(bytes: Buffer, headers: Record<string, unknown>): boolean {
	const contentType = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
	if (JSON_CONTENT_TYPE.test(String(Array.isArray(contentType) ? contentType[0] : (contentType ?? '')))) return true;
	if (bytes.length >= 6 && bytes[4] === 0x50 && bytes[5] === 0x4b) return false;
	const text = bytes.subarray(0, 64).toString('utf8').replace(/^\uFEFF/, '').trimStart();
	return text.startsWith('[') || text.startsWith('{');
}

/**
 * The records of a JSON export page: a bare array, or `{"data": [...]}`, of `{"offerDetail": {...}}` (or bare
 * offer details with a `reference`) for vacancies, of applicant details (`{"candidateDetail": ...}`, possibly
 * wrapped as `{"applicantDetail": {...}}`) for candidates. An empty list (or body) is the end of the export.
 * Anything else is refused through `refuse`, which names the page.
 */
export function readJsonExportPage(
	bytes: Buffer,
	kind: ExportKind,
	refuse: (problem: string) => Error,
): JsonExportRecord[] {
	const text = bytes.toString('utf8').replace(/^\uFEFF/, '').trim();
	if (text === '') return [];
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		throw refuse('malformed JSON');
	}
	const list = Array.isArray(parsed) ? parsed : isObject(parsed) && Array.isArray(parsed.data) ? (parsed.data as unknown[]) : undefined;
	if (!list) throw refuse(`JSON that is not Cegid's export (${describeJson(parsed)}; expected an array of records or {"data": [...]})`);
	return list.map((entry, index) => {
		const detail = kind === 'vacancy' ? offerDetailOf(entry) : applicantDetailOf(entry);
		if (!detail) {
			const expected = kind === 'vacancy' ? '{"offerDetail": {...}} or an offer detail with a reference' : 'an applicant detail with a candidateDetail';
			throw refuse(`JSON that is not Cegid's export (record ${index + 1} is ${describeJson(entry)}, not ${expected})`);
		}
		const { detail: withoutContent, contents, problem } = takeContents(detail);
		if (problem) throw refuse(`JSON whose record ${index + 1} is unreadable: ${problem}`);
		return { format: 'json' as const, detail: withoutContent, contents, digest: createHash('sha1').update(JSON.stringify(entry)).digest('base64') };
	});
}

/** The candidate of a JSON record, with the content of the attachments to download, as from a ZIP archive. */
export function jsonCandidate(record: JsonExportRecord, position: ExportPosition, withFiles: boolean): CandidateRecord {
	const listed = Array.isArray(record.detail.attachments) ? record.detail.attachments.filter(isObject) : [];
	const files: ExportedFile[] = [];
	if (!withFiles) return { detail: record.detail, files };
	const budget = position.inflated ?? { used: 0 };
	// Each id once (its first listing), like a ZIP entry; every decoding is counted against the page's budget.
	for (const { attachment, id } of oncePerId(attachmentsToDownload(listed, position), (key) => key)) {
		const base64 = record.contents.get(id);
		if (base64 === undefined) continue;
		const refused = refuseInflating(decodedSize(base64), base64.length, budget);
		if (refused) throw new CorruptExportError(`attachment "${id}" ${refused.replace('inflates', 'decodes')}`, position);
		files.push({ attachment, bytes: Buffer.from(base64, 'base64') });
	}
	return { detail: record.detail, files };
}

function offerDetailOf(entry: unknown): IDataObject | undefined {
	if (!isObject(entry)) return undefined;
	if (isObject(entry.offerDetail)) return entry.offerDetail;
	return typeof entry.reference === 'string' ? entry : undefined;
}

function applicantDetailOf(entry: unknown): IDataObject | undefined {
	if (!isObject(entry)) return undefined;
	if (isObject(entry.applicantDetail)) return entry.applicantDetail;
	return isObject(entry.candidateDetail) ? entry : undefined;
}

/** Moves base64 attachment content out of the detail, so the item's JSON lists attachments without their bytes. */
function takeContents(detail: IDataObject): { detail: IDataObject; contents: Map<string, string>; problem?: string } {
	const contents = new Map<string, string>();
	if (!Array.isArray(detail.attachments)) return { detail, contents };
	let problem: string | undefined;
	const attachments = detail.attachments.map((attachment: unknown) => {
		if (!isObject(attachment)) return attachment;
		const field = CONTENT_FIELDS.find((name) => attachment[name] !== undefined && attachment[name] !== null);
		if (!field) return attachment;
		const { [field]: content, ...rest } = attachment;
		const base64 = typeof content === 'string' ? content.replace(/\s+/g, '') : undefined;
		if (base64 === undefined || !BASE64.test(base64) || base64.length % 4 === 1) {
			problem ??= `attachment "${String(attachment.id)}" has a "${field}" that is not base64`;
			return rest;
		}
		// One file's bound, checked before anything is decoded; the page's is checked as each file is output.
		const refused = refuseInflating(decodedSize(base64), base64.length, undefined);
		if (refused) {
			problem ??= `attachment "${String(attachment.id)}" ${refused.replace('inflates', 'decodes')}`;
			return rest;
		}
		const id = attachmentId(attachment.id);
		if (!contents.has(id)) contents.set(id, base64);
		return rest;
	});
	return { detail: { ...detail, attachments }, contents, problem };
}

/** Base64 decodes to 3 bytes per 4 characters. */
function decodedSize(base64: string): number {
	return Math.floor((base64.length * 3) / 4);
}

function describeJson(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (!isObject(value)) return `a ${typeof value}`;
	const keys = Object.keys(value);
	return keys.length === 0 ? 'an empty object' : `an object with ${keys.slice(0, 6).join(', ')}`;
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
