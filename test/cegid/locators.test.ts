import { getNodeDescription } from '../harness';
import { startCegid, type CegidFixture } from './fixture';
import { listSearch } from './listSearch';

/** Every resource locator of the node: parameter, the list search behind it and what a search needs set first. */
const LOCATORS = [
	{ parameter: 'category', method: 'searchCategories', operation: 'referential/getAll' },
	{ parameter: 'itemId', method: 'searchReferentialItems', operation: 'referential/getTranslations' },
	{ parameter: 'languageCode', method: 'searchLanguages', operation: 'referential/getTranslations' },
	{ parameter: 'id', method: 'searchReportIds', operation: 'report/submit' },
	{ parameter: 'hookId', method: 'searchWebhooks', operation: 'webhook/delete' },
];

const locator = (mode: string, value: string) => ({ __rl: true, mode, value });

describe('Cegid resource locators', () => {
	let cegid: CegidFixture;
	beforeAll(async () => {
		cegid = await startCegid({ vacancies: 130, candidates: 4 });
	});
	afterAll(async () => await cegid.close());

	it('each id the API can list is a resource locator (From List with a search, By ID) backed by a list search of the node', async () => {
		const description = await getNodeDescription('cegidRecruiting');
		for (const { parameter, method, operation } of LOCATORS) {
			const [resource, value] = operation.split('/');
			const field = description.properties.find(
				(property) => property.name === parameter && property.displayOptions?.show?.resource?.[0] === resource && property.displayOptions?.show?.operation?.includes(value),
			);
			expect(field?.type).toBe('resourceLocator');
			expect(field?.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
			expect(field?.modes?.[0].typeOptions).toEqual({ searchListMethod: method, searchable: true });
		}
	});

	describe('each list search returns what the sandbox holds', () => {
		it('Category: the known referentials, searchable by name', async () => {
			const all = await listSearch(cegid, 'searchCategories', { resource: 'referential', operation: 'getAll' });
			expect(all.results.map((result) => result.value)).toEqual(expect.arrayContaining(['countries', 'contractTypes', 'offerStatuses']));
			const found = await listSearch(cegid, 'searchCategories', { resource: 'referential', operation: 'getAll' }, { filter: 'count' });
			expect(found.results).toEqual([{ name: 'Countries', value: 'countries' }]);
		});

		it('Item ID: the items of the chosen category, read from Cegid, by label', async () => {
			const parameters = { resource: 'referential', operation: 'getTranslations', category: locator('list', 'countries') };
			const all = await listSearch(cegid, 'searchReferentialItems', parameters);
			const countries = await cegid.run({ resource: 'referential', operation: 'getAll', category: locator('list', 'countries'), returnAll: true });
			expect(all.results.map((result) => result.value)).toEqual(countries.items.map((item) => String(item.json.code)));
			const france = await listSearch(cegid, 'searchReferentialItems', parameters, { filter: 'fran' });
			expect(france.results).toHaveLength(1);
			expect(france.results[0].name).toMatch(/^France \(\d+\)$/);
			const requests = await cegid.control.requests();
			expect(requests.filter((request) => request.path.endsWith('/referentials/countries')).length).toBeGreaterThanOrEqual(3);
		});

		it('Language Code: the languages the chosen item is translated into', async () => {
			const countries = await cegid.run({ resource: 'referential', operation: 'getAll', category: 'countries', returnAll: true });
			const itemId = String(countries.items[0].json.code);
			const parameters = { resource: 'referential', operation: 'getTranslations', category: locator('list', 'countries'), itemId: locator('list', itemId) };
			const languages = await listSearch(cegid, 'searchLanguages', parameters);
			expect(languages.results.map((result) => result.value)).toEqual(['fr-FR', 'en-GB']);
			expect(languages.results[1].name).toBe('en-GB: France');
		});

		it('ID of a report: vacancy references or candidate IDs as the Report Type says, a page at a time', async () => {
			const firstPage = await listSearch(cegid, 'searchReportIds', { resource: 'report', operation: 'submit', reportType: 'vacancies' });
			expect(firstPage.results).toHaveLength(100);
			expect(firstPage.paginationToken).toBe('100');
			const secondPage = await listSearch(cegid, 'searchReportIds', { resource: 'report', operation: 'submit', reportType: 'vacancies' }, { paginationToken: '100' });
			expect(secondPage.results).toHaveLength(30);
			expect(secondPage.paginationToken).toBeUndefined();
			const vacancies = await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: true, simplify: true });
			expect([...firstPage.results, ...secondPage.results].map((result) => result.value)).toEqual(vacancies.items.map((item) => item.json.reference));
			expect(firstPage.results[0].name).toBe(`${String(vacancies.items[0].json.reference)}: ${String(vacancies.items[0].json.title)}`);

			// The export cannot search text: pages are read on until one matches (here the second).
			await cegid.control.clearRequests();
			const reference = String(vacancies.items[120].json.reference);
			const found = await listSearch(cegid, 'searchReportIds', { resource: 'report', operation: 'submit', reportType: 'vacancies' }, { filter: reference });
			expect(found.results.map((result) => result.value)).toEqual([reference]);
			const exports = (await cegid.control.requests()).filter((request) => request.path.endsWith('/api/exports/v1/vacancies'));
			expect(exports.map((request) => request.query.offset)).toEqual(['0', '100']);
			const none = await listSearch(cegid, 'searchReportIds', { resource: 'report', operation: 'submit', reportType: 'vacancies' }, { filter: 'no such vacancy' });
			expect(none).toEqual({ results: [], paginationToken: undefined });

			const candidates = await listSearch(cegid, 'searchReportIds', { resource: 'report', operation: 'submit', reportType: 'candidates' });
			expect(candidates.results.map((result) => result.value)).toEqual(['_TS-00001', '_TS-00002', '_TS-00003', '_TS-00004']);
			expect(candidates.paginationToken).toBeUndefined();
		});

		it('Hook ID: the subscriptions Cegid lists, by event and callback URL', async () => {
			for (const event of ['vacancy_new', 'applicant_new']) {
				await cegid.run({ resource: 'webhook', operation: 'create', event, callbackUrl: `https://example.com/${event}`, pingUrl: 'https://example.com/ping' });
			}
			const stored = await cegid.control.cegidWebhooks();
			const hooks = await listSearch(cegid, 'searchWebhooks', { resource: 'webhook', operation: 'delete' });
			expect(hooks.results).toEqual(stored.map((hook) => ({ name: `${hook.event} → ${hook.callbackUrl}`, value: hook.hookId })));
			const applicant = await listSearch(cegid, 'searchWebhooks', { resource: 'webhook', operation: 'delete' }, { filter: 'applicant' });
			expect(applicant.results.map((result) => result.value)).toEqual(stored.filter((hook) => hook.event === 'applicant_new').map((hook) => hook.hookId));
		});
	});
});
