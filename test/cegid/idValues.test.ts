import { CredentialStore } from '../harness';
import { json, type HostileServer, startHostileServer } from '../fixtures/hostile-server';
import { startCegid, type CegidFixture } from './fixture';
import { cegidCredentials, withToken } from './hostileExportServer';
import { listSearch } from './listSearch';

/**
 * An ID is text, or a whole number written in decimal. An expression returning an object, a list or true/false
 * must not be sent as `[object Object]`, `h1,h2` or `true` (and then reported as deleted or "already gone"): the
 * item fails first, naming the field. List searches offer no record whose ID is of another type.
 */
const fromItem = { __rl: true, mode: 'id', value: '={{ $json.v }}' };

const HOSTILE: Array<[string, unknown, string]> = [
	['object', { a: 1 }, 'an object'],
	['list', ['h1', 'h2'], 'a list'],
	['boolean', true, 'true'],
	['fraction', 1.5, 'the number 1.5'],
	['unsafe number', 2 ** 60, `the number ${2 ** 60}`],
];

let cegid: CegidFixture;
beforeAll(async () => {
	cegid = await startCegid({ vacancies: 1, candidates: 1 });
});
afterAll(async () => await cegid.close());

async function apiRequests(): Promise<string[]> {
	return (await cegid.control.requests('cegid')).filter((request) => request.path !== '/api/token').map((request) => `${request.method} ${request.path}`);
}

describe('Cegid IDs from expressions', () => {
	it('Webhook Delete: a Hook ID that is not text fails its item, naming the field, and sends nothing', async () => {
		await cegid.control.clearRequests();
		const inputItems = HOSTILE.map(([, v]) => ({ json: { v } as never }));
		const result = await cegid.run({ resource: 'webhook', operation: 'delete', hookId: fromItem }, { inputItems, continueOnFail: true });
		expect(await apiRequests()).toEqual([]);
		expect(result.items).toHaveLength(HOSTILE.length);
		HOSTILE.forEach(([, , described], index) => {
			expect(result.items[index].json.error).toBe(`Invalid "Hook ID" in item ${index}: must be text or a whole number, not ${described}`);
			expect(String(result.items[index].json.description)).toMatch(/^Choose the subscription from the list, or enter the hookId returned by Create\. An expression must return the ID itself/);
			expect(result.items[index].pairedItem).toEqual({ item: index });
		});
	});

	it('Webhook Delete: a whole number is sent as its decimal text', async () => {
		await cegid.control.clearRequests();
		const result = await cegid.run({ resource: 'webhook', operation: 'delete', hookId: fromItem }, { inputItems: [{ json: { v: 4711 } }], continueOnFail: true });
		// The documented path, then its alternate when the sandbox does not know the subscription.
		const requests = await apiRequests();
		expect(requests[0]).toBe('DELETE /api/system/v1/webhooks/4711');
		expect(requests.every((request) => request.endsWith('/webhooks/4711'))).toBe(true);
		expect(result.items[0].json).toMatchObject({ hookId: '4711' });
	});

	it('Webhook Delete without continue-on-fail: the run fails on the item', async () => {
		const result = await cegid.run({ resource: 'webhook', operation: 'delete', hookId: fromItem }, { inputItems: [{ json: { v: { a: 1 } } }] });
		expect(result.error?.message).toBe('Invalid "Hook ID" in item 0: must be text or a whole number, not an object');
	});

	for (const [field, label] of [
		['itemId', 'Item ID'],
		['languageCode', 'Language Code'],
		['category', 'Category'],
	]) {
		it(`Referential Get Translations: a ${label} that is not text fails its item and sends nothing`, async () => {
			await cegid.control.clearRequests();
			const parameters: Record<string, unknown> = {
				resource: 'referential',
				operation: 'getTranslations',
				category: { __rl: true, mode: 'id', value: 'countries' },
				itemId: { __rl: true, mode: 'id', value: '280' },
				languageCode: { __rl: true, mode: 'id', value: '' },
				[field]: fromItem,
			};
			const inputItems = HOSTILE.map(([, v]) => ({ json: { v } as never }));
			const result = await cegid.run(parameters, { inputItems, continueOnFail: true });
			expect(await apiRequests()).toEqual([]);
			HOSTILE.forEach(([, , described], index) => {
				expect(result.items[index].json.error).toBe(`Invalid "${label}" in item ${index}: must be text or a whole number, not ${described}`);
			});
		});
	}

	it('Referential Get Translations: an Item ID given as a number (Get Many’s code) is its decimal text', async () => {
		const [france] = (await cegid.run({ resource: 'referential', operation: 'getAll', category: 'countries', returnAll: true })).items;
		const result = await cegid.run(
			{ resource: 'referential', operation: 'getTranslations', category: 'countries', itemId: { __rl: true, mode: 'id', value: '={{ $json.code }}' } },
			{ inputItems: [{ json: { code: france.json.code } }] },
		);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ category: 'countries', itemId: String(france.json.code), languageCode: 'fr-FR' });
	});
});

describe('Cegid Category given as an expression', () => {
	const categories: Array<[string, unknown]> = [
		['an expression in By ID', { __rl: true, mode: 'id', value: '={{ "countries" }}' }],
		['an expression in From List', { __rl: true, mode: 'list', value: '={{ $json.category }}' }],
		['a whole-parameter expression (saved before Category was a locator)', '={{ $json.category }}'],
	];
	for (const [label, category] of categories) {
		it(`runs, reading the referential, with ${label}`, async () => {
			const result = await cegid.run({ resource: 'referential', operation: 'getAll', category, returnAll: true }, { inputItems: [{ json: { category: 'countries' } }] });
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.clientCode)).toContain('_TS_CO_Country_France');
		});
	}

	it('an expression choosing "Other (Enter Below)" reads Category Name', async () => {
		const result = await cegid.run(
			{ resource: 'referential', operation: 'getAll', category: '={{ $json.category }}', customCategory: '={{ $json.name }}', returnAll: false, limit: 2 },
			{ inputItems: [{ json: { category: '__custom', name: 'offerStatuses' } }] },
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.type)).toEqual(['offerStatus', 'offerStatus']);
	});

	it('"Other (Enter Below)" with an empty Category Name fails the item, naming the field, before anything is sent', async () => {
		await cegid.control.clearRequests();
		const result = await cegid.run({ resource: 'referential', operation: 'getAll', category: '__custom', customCategory: ' ', returnAll: true }, { continueOnFail: true });
		expect(await apiRequests()).toEqual([]);
		expect(result.items[0].json.error).toBe('Invalid "Category Name" in item 0: is empty, and Category is "Other (Enter Below)"');
		expect(result.items[0].json.description).toMatch(/Category Name, or choose a Category from the list/);
	});
});

describe('Cegid list searches skip records whose ID is not text or a whole number', () => {
	let server: HostileServer;
	beforeAll(async () => {
		server = await startHostileServer(
			withToken((_request, response, url) => {
				if (url.pathname === '/api/system/v1/webhooks') {
					return json(response, 200, [
						{ hookId: { a: 1 }, event: 'object', callbackUrl: 'https://a.example' },
						{ hookId: ['h1', 'h2'], event: 'list', callbackUrl: 'https://b.example' },
						{ hookId: true, event: 'boolean', callbackUrl: 'https://c.example' },
						{ hookId: 1.5, event: 'fraction', callbackUrl: 'https://d.example' },
						{ hookId: '  ', event: 'blank', callbackUrl: 'https://e.example' },
						{ event: 'missing', callbackUrl: 'https://f.example' },
						{ id: 7, event: 'number', callbackUrl: 'https://g.example' },
						{ hookId: 'h-ok', event: 'text', callbackUrl: 'https://h.example' },
					]);
				}
				if (url.pathname === '/api/v1/referentials/countries') {
					return json(response, 200, [{ code: { a: 1 }, label: 'Object' }, { code: true, label: 'Boolean' }, { code: 2.5, label: 'Fraction' }, { label: 'Missing' }, { code: 280, label: 'France' }]);
				}
				json(response, 404, { message: 'not here' });
			}),
		);
	});
	afterAll(async () => await server.close());
	const hostileFixture = () => ({ store: new CredentialStore(), credentials: cegidCredentials(server) }) as unknown as CegidFixture;

	it('Hook ID: only subscriptions with a usable hookId are offered', async () => {
		const found = await listSearch(hostileFixture(), 'searchWebhooks', { resource: 'webhook', operation: 'delete' });
		expect(found.results.map((result) => result.value)).toEqual(['7', 'h-ok']);
	});

	it('Item ID: only items with a usable code are offered', async () => {
		const found = await listSearch(hostileFixture(), 'searchReferentialItems', {
			resource: 'referential',
			operation: 'getTranslations',
			category: { __rl: true, mode: 'id', value: 'countries' },
		});
		expect(found.results).toEqual([{ name: 'France (280)', value: '280' }]);
	});

	it('an Item ID or Category that is not text is not sent to the list search', async () => {
		server.requests.length = 0;
		const languages = await listSearch(hostileFixture(), 'searchLanguages', {
			resource: 'referential',
			operation: 'getTranslations',
			category: { __rl: true, mode: 'id', value: 'countries' },
			itemId: { __rl: true, mode: 'id', value: { a: 1 } as never },
		});
		expect(languages.results).toEqual([]);
		await expect(
			listSearch(hostileFixture(), 'searchReferentialItems', { resource: 'referential', operation: 'getTranslations', category: { __rl: true, mode: 'id', value: true as never } }),
		).rejects.toThrow('Choose a Category first');
		expect(server.requests.filter((request) => !request.url.startsWith('/api/token'))).toEqual([]);
	});
});
