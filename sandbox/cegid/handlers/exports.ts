import { type Reply, bytes, json } from '../../core/reply';
import type { SandboxRequest } from '../../core/request';
import type { Handler } from '../../core/router';
import type { CegidContext } from '../context';
import { type AttachmentSelection, candidateArchive, frame, vacancyArchive } from '../export/archives';
import { type FilterFields, matches, parseFilter } from '../export/filterQuery';
import { candidateJson, jsonPage, vacancyJson } from '../export/jsonExport';
import { invalid } from '../responses';

const VACANCY_FIELDS: FilterFields = {
	reference: { kind: 'text', operators: ['eq'] },
	vacancyStatus: { kind: 'text', operators: ['eq'] },
	clientVacancyStatus: { kind: 'text', operators: ['eq'] },
	updateDate: { kind: 'date', operators: ['gt', 'lt'] },
	chronoNumber: { kind: 'number', operators: ['gt', 'lt'] },
};

const CANDIDATE_FIELDS: FilterFields = {
	id: { kind: 'text', operators: ['eq'] },
	email: { kind: 'text', operators: ['eq'] },
	updateDate: { kind: 'date', operators: ['gt', 'lt'] },
	chronoNumber: { kind: 'number', operators: ['gt', 'lt'] },
};

const DEFAULT_LIMIT = 100;

function paging(req: SandboxRequest, maxPageSize: number): { offset: number; limit: number } {
	const offset = integerParameter(req, 'offset', 0);
	const limit = integerParameter(req, 'limit', DEFAULT_LIMIT);
	if (limit < 1) throw invalid('limit', 'must be at least 1');
	return { offset, limit: Math.min(limit, maxPageSize) };
}

function integerParameter(req: SandboxRequest, name: string, fallback: number): number {
	const raw = req.query.get(name);
	if (raw === null || raw === '') return fallback;
	if (!/^\d+$/.test(raw)) throw invalid(name, `"${raw}" is not a non-negative whole number`);
	return Number(raw);
}

/** An export page: length-prefixed ZIP archives; an empty body once the offset passes the last record. */
function exportPage(ctx: CegidContext, resource: 'vacancies' | 'candidates', archives: Buffer[]): Reply {
	return bytes(200, 'application/octet-stream', ctx.exportFaults.apply(resource, archives, frame));
}

export function vacancyExportHandler(ctx: CegidContext): Handler {
	return (req) => {
		const conditions = parseFilter(req.query.get('filter'), VACANCY_FIELDS);
		const { offset, limit } = paging(req, ctx.config().maxPageSize);
		const selected = [...ctx.store().vacancies.values()].filter((vacancy) =>
			matches(
				conditions,
				(field) => {
					if (field === 'reference') return vacancy.reference;
					if (field === 'vacancyStatus') return vacancy.status;
					if (field === 'clientVacancyStatus') return (vacancy.offerDetail.status as { id: string }).id;
					if (field === 'updateDate') return String(vacancy.offerDetail.modificationDate);
					return vacancy.chronoNumber;
				},
				VACANCY_FIELDS,
			),
		);
		const page = selected.slice(offset, offset + limit);
		if (ctx.config().exportFormat === 'json') return json(200, jsonPage(page.map(vacancyJson), ctx.config().jsonExportEnvelope));
		return exportPage(ctx, 'vacancies', page.map((vacancy) => vacancyArchive(vacancy, ctx.config().zipCompression)));
	};
}

export function candidateExportHandler(ctx: CegidContext): Handler {
	return (req) => {
		const conditions = parseFilter(req.query.get('filter'), CANDIDATE_FIELDS);
		const { offset, limit } = paging(req, ctx.config().maxPageSize);
		const attachmentType = req.query.get('attachmenttype');
		if (attachmentType !== null && attachmentType !== 'resume' && attachmentType !== 'all') {
			throw invalid('attachmenttype', `"${attachmentType}" is not valid; use resume or all`);
		}
		const selection: AttachmentSelection = ctx.config().ignoreAttachmentType ? 'all' : (attachmentType ?? 'none');
		const selected = [...ctx.store().candidates.values()].filter((candidate) =>
			matches(
				conditions,
				(field) => {
					if (field === 'id') return candidate.id;
					if (field === 'email') return candidate.email;
					if (field === 'updateDate') return candidate.updateDate;
					return candidate.chronoNumber;
				},
				CANDIDATE_FIELDS,
			),
		);
		const page = selected.slice(offset, offset + limit);
		if (ctx.config().exportFormat === 'json') return json(200, jsonPage(page.map((candidate) => candidateJson(candidate, selection)), ctx.config().jsonExportEnvelope));
		return exportPage(ctx, 'candidates', page.map((candidate) => candidateArchive(candidate, selection, ctx.config().zipCompression)));
	};
}
