import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { ApiClient } from '../../shared/transport/apiClient';
import { cegid, CEGID_EXPORT_PAGE_SIZE, type CegidEndpoint } from '../cegid.api';
import { isObject, requireList } from '../transport/asList';
import { readExportPage } from '../transport/export/exportPages';
import { idText } from '../transport/idParameter';
import { decodeCandidate, decodeVacancy } from '../transport/export/records';
import { referentialCategoryOptions } from '../transport/options';
import { listSubscriptions } from '../transport/subscriptions';

/** The former "Other (Enter Below)" value of Category, whose name is then in Category Name. */
const CUSTOM_CATEGORY = '__custom';

/** Searches for the resource locators of the Cegid Recruiting node. */
export const listSearch = {
	/** The referentials offered by name; Cegid publishes no list of them, so any other can be entered By ID. */
	async searchCategories(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const results = referentialCategoryOptions.map((option) => ({ name: option.name, value: String(option.value) }));
		return { results: matching(results, filter) };
	},

	/** The items of the chosen referential (`GET /api/v1/referentials/{category}`), by label. */
	async searchReferentialItems(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const category = currentCategory(this);
		const client = new ApiClient<CegidEndpoint>(this, cegid);
		const items = requireList(client, 'referentialList', await client.request('referentialList', { pathParams: { category } }));
		const results = items.flatMap((item): INodeListSearchItems[] => {
			const code = idText(item.code) ?? idText(item.clientCode);
			if (code === undefined) return [];
			const label = idText(item.label) ?? idText(item.clientCode) ?? code;
			return [{ name: `${label} (${code})`, value: code }];
		});
		return { results: matching(results, filter) };
	},

	/** The languages the chosen referential item is translated into. */
	async searchLanguages(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const category = currentCategory(this);
		const itemId = idText(this.getCurrentNodeParameter('itemId', { extractValue: true }));
		if (itemId === undefined) return { results: [] };
		const client = new ApiClient<CegidEndpoint>(this, cegid);
		const body = await client.request('referentialTranslations', { pathParams: { category, itemId } });
		const results = requireList(client, 'referentialTranslations', body).flatMap((translation): INodeListSearchItems[] => {
			const code = idText(translation.languageCode) ?? idText(translation.lcid) ?? idText(translation.language);
			if (code === undefined) return [];
			const label = idText(translation.label);
			return [{ name: label === undefined ? code : `${code}: ${label}`, value: code }];
		});
		return { results: matching(results, filter) };
	},

	/** This client's webhook subscriptions (the listing is assumed: a site without it says so). */
	async searchWebhooks(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const client = new ApiClient<CegidEndpoint>(this, cegid);
		const subscriptions = await listSubscriptions(client, this.getNode());
		if (subscriptions === undefined) {
			throw new NodeOperationError(this.getNode(), 'This Cegid site does not list webhook subscriptions', {
				description: 'Enter the hook ID returned by Create instead (mode By ID).',
			});
		}
		const results = subscriptions.map((subscription) => ({
			name: `${subscription.event} → ${subscription.callbackUrl}`,
			value: subscription.hookId,
		}));
		return { results: matching(results, filter) };
	},

	/**
	 * Vacancy references or candidate IDs, as the Report Type asks, one export page at a time. The export cannot
	 * search text, so pages are searched here: with a search text, pages are read until one matches (at most
	 * `SEARCH_PAGES` per call; scrolling reads on from there).
	 */
	async searchReportIds(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const reportType = String(this.getCurrentNodeParameter('reportType') ?? 'vacancies');
		const endpoint = reportType === 'candidates' ? 'candidateExport' : 'vacancyExport';
		const client = new ApiClient<CegidEndpoint>(this, cegid);
		let offset = Math.max(0, Number.parseInt(paginationToken ?? '0', 10) || 0);
		for (let pages = 1; ; pages++) {
			const inflated = { used: 0 };
			const frames = await readExportPage(client, endpoint, {}, { offset, limit: CEGID_EXPORT_PAGE_SIZE }, undefined);
			const entries = frames.flatMap((frame, recordIndex): INodeListSearchItems[] => {
				const position = { pageOffset: offset, recordIndex, inflated };
				const entry = endpoint === 'vacancyExport' ? vacancyEntry(decodeVacancy(frame, position)) : candidateEntry(decodeCandidate(frame, position, false).detail);
				return entry === undefined ? [] : [entry];
			});
			const results = matching(entries, filter);
			offset += frames.length;
			const more = frames.length >= CEGID_EXPORT_PAGE_SIZE;
			if (results.length > 0 || !more || pages >= SEARCH_PAGES) return { results, paginationToken: more ? String(offset) : undefined };
		}
	},
};

/** Export pages one search of report IDs reads at most before answering (and offering to read on). */
const SEARCH_PAGES = 10;

function vacancyEntry(offerDetail: IDataObject): INodeListSearchItems | undefined {
	const reference = idText(offerDetail.reference);
	if (reference === undefined) return undefined;
	const jobDescription = isObject(offerDetail.jobDescription) ? offerDetail.jobDescription : {};
	const title = idText(jobDescription.title);
	return { name: title === undefined ? reference : `${reference}: ${title}`, value: reference };
}

function candidateEntry(detail: IDataObject): INodeListSearchItems | undefined {
	const candidate = isObject(detail.candidateDetail) ? detail.candidateDetail : detail;
	const id = idText(candidate.username) ?? idText(candidate.id);
	if (id === undefined) return undefined;
	const personal = isObject(candidate.personalInformation) ? candidate.personalInformation : {};
	const fullName = [idText(personal.firstName), idText(personal.lastName)].filter(Boolean).join(' ');
	return { name: fullName === '' ? id : `${id}: ${fullName}`, value: id };
}

/** The Category of the node being edited, from the list, by ID, or (in older workflows) typed in Category Name. */
function currentCategory(context: ILoadOptionsFunctions): string {
	const chosen = idText(context.getCurrentNodeParameter('category', { extractValue: true }));
	const category = chosen === CUSTOM_CATEGORY ? idText(context.getCurrentNodeParameter('customCategory')) : chosen;
	if (category === undefined || category.includes('/')) {
		throw new NodeOperationError(context.getNode(), 'Choose a Category first', {
			description: 'The list is read from the chosen referential, e.g. countries.',
		});
	}
	return category;
}

/** Entries whose name or value contains the search text, ignoring case. */
function matching(results: INodeListSearchItems[], filter?: string): INodeListSearchItems[] {
	const wanted = (filter ?? '').trim().toLowerCase();
	if (wanted === '') return results;
	return results.filter((result) => result.name.toLowerCase().includes(wanted) || String(result.value).toLowerCase().includes(wanted));
}
