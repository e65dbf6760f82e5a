import { startCegid, type CegidFixture } from './fixture';

let cegid: CegidFixture;
beforeAll(async () => {
	cegid = await startCegid({ vacancies: 1, candidates: 1 });
});
afterAll(async () => await cegid.close());

describe('Cegid referentials', () => {
	it('lists a category from the dropdown', async () => {
		const result = await cegid.run({ resource: 'referential', operation: 'getAll', category: 'countries', returnAll: true });
		expect(result.items.map((item) => item.json.clientCode)).toContain('_TS_CO_Country_France');
		expect(result.items[0].json).toEqual({
			code: expect.any(Number),
			clientCode: expect.any(String),
			label: expect.any(String),
			active: true,
			parentCode: null,
			type: 'country',
			parentType: '',
			hasChildren: false,
		});
	});

	it('lists a category typed in, up to the limit', async () => {
		const result = await cegid.run({ resource: 'referential', operation: 'getAll', category: '__custom', customCategory: 'offerStatuses', returnAll: false, limit: 3 });
		expect(result.items).toHaveLength(3);
		expect(result.items.every((item) => item.json.type === 'offerStatus')).toBe(true);
	});

	it('gets every translation of an item, or one language', async () => {
		const [france] = (await cegid.run({ resource: 'referential', operation: 'getAll', category: 'countries', returnAll: true })).items;
		const all = await cegid.run({ resource: 'referential', operation: 'getTranslations', category: 'countries', itemId: String(france.json.code) });
		expect(all.items.map((item) => item.json)).toEqual([
			{ category: 'countries', itemId: String(france.json.code), languageCode: 'fr-FR', label: 'France' },
			{ category: 'countries', itemId: String(france.json.code), languageCode: 'en-GB', label: 'France' },
		]);
		const german = await cegid.run({ resource: 'referential', operation: 'getAll', category: 'countries', returnAll: true });
		const germany = german.items.find((item) => item.json.clientCode === '_TS_CO_Country_Allemagne')!;
		const english = await cegid.run({ resource: 'referential', operation: 'getTranslations', category: 'countries', itemId: String(germany.json.code), languageCode: 'en-GB' });
		expect(english.items[0].json).toEqual({ category: 'countries', itemId: String(germany.json.code), languageCode: 'en-GB', label: 'Germany' });
	});

	it('explains an unknown item in Cegid’s words', async () => {
		const result = await cegid.run({ resource: 'referential', operation: 'getTranslations', category: 'countries', itemId: '999999' });
		expect(result.error?.message).toBe('Cegid Recruiting rejected the request (404): The referential "countries" has no item "999999".');
	});
});

describe('Cegid custom API call', () => {
	it('calls any path with the token applied', async () => {
		const result = await cegid.run({ resource: 'customApiCall', operation: 'call', method: 'GET', path: '/api/v1/referentials/civility' });
		expect(result.items.map((item) => item.json.clientCode)).toEqual(['_TS_CO_Civility_Mr', '_TS_CO_Civility_Mrs', '_TS_CO_Civility_Dr']);
	});
});
