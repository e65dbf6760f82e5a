import { json } from '../../core/reply';
import type { Handler } from '../../core/router';
import type { CegidContext } from '../context';
import { invalid } from '../responses';
import { jsonObjectBody } from './jsonInput';

const REPORT_TYPES = ['vacancies', 'candidates'];

function isIsoDate(value: unknown): boolean {
	return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value));
}

/** `POST /api/exports/v1/reports`: validated, stored, and answered 200 with no body (Cegid publishes none). */
export function reportHandler(ctx: CegidContext): Handler {
	return (req) => {
		const body = jsonObjectBody(req);
		const reportType = typeof body.reportType === 'string' ? body.reportType.toLowerCase() : undefined;
		if (!reportType || !REPORT_TYPES.includes(reportType)) throw invalid('reportType', 'must be "vacancies" or "candidates"');
		if (!Array.isArray(body.items) || body.items.length === 0) throw invalid('items', 'must be a non-empty array');
		body.items.forEach((item: unknown, index) => {
			const field = (name: string) => `items[${index}].${name}`;
			if (typeof item !== 'object' || item === null || Array.isArray(item)) throw invalid(`items[${index}]`, 'must be an object');
			const entry = item as Record<string, unknown>;
			if (typeof entry.id !== 'string' || entry.id.trim() === '') throw invalid(field('id'), 'is required');
			if (!isIsoDate(entry.date)) throw invalid(field('date'), 'must be an ISO 8601 date');
			if (!isIsoDate(entry.lastUpdateDate)) throw invalid(field('lastUpdateDate'), 'must be an ISO 8601 date');
			if (entry.status !== 'success' && entry.status !== 'error') throw invalid(field('status'), 'must be "success" or "error"');
			if (entry.messages !== undefined && (!Array.isArray(entry.messages) || entry.messages.some((message) => typeof message !== 'string'))) {
				throw invalid(field('messages'), 'must be an array of strings');
			}
		});
		ctx.store().reports.push({ reportType, items: body.items as Array<Record<string, unknown>>, receivedAt: new Date().toISOString() });
		return json(200, undefined);
	};
}
