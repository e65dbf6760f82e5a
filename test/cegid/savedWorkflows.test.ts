import { startCegid, type CegidFixture } from './fixture';

/**
 * Workflows saved before the ids became resource locators hold plain strings (and the old "Other (Enter Below)"
 * Category with its Category Name): they must run as they did, and give what the locator forms give.
 */
describe('Cegid workflows saved with plain-string ids still run', () => {
	let cegid: CegidFixture;
	beforeAll(async () => {
		cegid = await startCegid({ vacancies: 3, candidates: 2 });
	});
	afterAll(async () => await cegid.close());

	const locator = (mode: 'list' | 'id', value: string) => ({ __rl: true, mode, value });

	it('Referential: Category as a plain name, as the old "Other (Enter Below)" choice, From List and By ID read the same referential', async () => {
		const forms = [
			{ category: 'offerStatuses' },
			{ category: '__custom', customCategory: 'offerStatuses' },
			{ category: locator('list', 'offerStatuses') },
			{ category: locator('id', 'offerStatuses') },
		];
		const results = [];
		for (const form of forms) {
			const result = await cegid.run({ resource: 'referential', operation: 'getAll', returnAll: true, ...form });
			expect(result.error).toBeUndefined();
			results.push(result.items.map((item) => item.json));
		}
		expect(results[0].length).toBeGreaterThan(0);
		for (const result of results.slice(1)) expect(result).toEqual(results[0]);
	});

	it('Referential → Get Translations: Category, Item ID and Language Code as plain strings or locators', async () => {
		const countries = await cegid.run({ resource: 'referential', operation: 'getAll', category: 'countries', returnAll: true });
		const itemId = String(countries.items[1].json.code);
		const expected = { category: 'countries', itemId, languageCode: 'en-GB', label: 'Belgium' };
		const saved = await cegid.run({ resource: 'referential', operation: 'getTranslations', category: 'countries', itemId, languageCode: 'en-GB' });
		expect(saved.items.map((item) => item.json)).toEqual([expected]);
		const located = await cegid.run({
			resource: 'referential',
			operation: 'getTranslations',
			category: locator('list', 'countries'),
			itemId: locator('list', itemId),
			languageCode: locator('id', 'en-GB'),
		});
		expect(located.items.map((item) => item.json)).toEqual([expected]);
		const allLanguages = await cegid.run({ resource: 'referential', operation: 'getTranslations', category: 'countries', itemId: locator('id', itemId), languageCode: locator('list', '') });
		expect(allLanguages.items.map((item) => item.json.languageCode)).toEqual(['fr-FR', 'en-GB']);
	});

	it('Report → Submit: ID as a plain string (or an expression) and as a locator sends the same item', async () => {
		await cegid.control.clearRequests();
		const [first, second] = (await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: true })).items.map((item) => item.json);
		const common = { resource: 'report', operation: 'submit', reportType: 'vacancies', date: '2025-05-16T11:38:37Z', lastUpdateDate: '2025-05-17T08:00:00Z', status: 'success' };
		const saved = await cegid.run({ ...common, id: '={{ $json.reference }}' }, { inputItems: [{ json: { reference: first.reference as string } }] });
		const plain = await cegid.run({ ...common, id: String(second.reference) });
		const located = await cegid.run({ ...common, id: locator('list', String(second.reference)) });
		for (const result of [saved, plain, located]) expect(result.error).toBeUndefined();
		expect(saved.items[0].json).toEqual(expect.objectContaining({ id: first.reference, reported: true }));
		expect(plain.items[0].json).toEqual(located.items[0].json);
		expect(located.items[0].json).toEqual(expect.objectContaining({ id: second.reference, reported: true }));
		const reports = (await cegid.control.requests()).filter((request) => request.path.endsWith('/api/exports/v1/reports'));
		expect(reports).toHaveLength(3);
	});

	it('Webhook → Delete: Hook ID as a plain string and as a locator deletes that subscription', async () => {
		const hookIds: string[] = [];
		for (const event of ['vacancy_new', 'vacancy_update']) {
			const created = await cegid.run({ resource: 'webhook', operation: 'create', event, callbackUrl: 'https://example.com/cegid/events', pingUrl: 'https://example.com/cegid/ping' });
			hookIds.push(String(created.items[0].json.hookId));
		}
		const saved = await cegid.run({ resource: 'webhook', operation: 'delete', hookId: hookIds[0] });
		expect(saved.items[0].json).toEqual({ hookId: hookIds[0], deleted: true, alreadyGone: false });
		const located = await cegid.run({ resource: 'webhook', operation: 'delete', hookId: locator('list', hookIds[1]) });
		expect(located.items[0].json).toEqual({ hookId: hookIds[1], deleted: true, alreadyGone: false });
		expect(await cegid.control.cegidWebhooks()).toEqual([]);
	});
});
