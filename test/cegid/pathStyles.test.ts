import { startWebhookTrigger, type WebhookTrigger } from '../harness';
import { startCegid, type CegidFixture } from './fixture';

/**
 * Cegid's guide writes webhooks at `/api/system/v1/…` (worked example) and `/api/v1/system/…`, referentials at
 * `/api/v1/referentials/…` and `/api/referentials/…`. The node tries the worked example's form, falls back to
 * the other on a 404, and remembers per credential which form the site answered, so later calls go straight to it.
 */
type PathStyle = 'example' | 'availability' | 'swapped';

const WEBHOOKS: Record<PathStyle, string> = {
	example: '/api/system/v1/webhooks',
	availability: '/api/v1/system/webhooks',
	swapped: '/api/v1/system/webhooks',
};
const REFERENTIAL_LIST: Record<PathStyle, string> = {
	example: '/api/v1/referentials/countries',
	availability: '/api/v1/referentials/countries',
	swapped: '/api/referentials/countries',
};
const TRANSLATIONS: Record<PathStyle, string> = {
	example: '/api/referentials/countries',
	availability: '/api/v1/referentials/countries',
	swapped: '/api/v1/referentials/countries',
};

async function siteOf(pathStyle: PathStyle): Promise<CegidFixture> {
	const cegid = await startCegid({ vacancies: 1, candidates: 1 });
	await cegid.control.config({ cegid: { pathStyle } });
	return cegid;
}

/** The calls the node made since the last clear, as "METHOD path status", tokens left out. */
async function calls(cegid: CegidFixture): Promise<string[]> {
	const requests = await cegid.control.requests('cegid');
	await cegid.control.clearRequests();
	return requests.filter((request) => request.path !== '/api/token').map((request) => `${request.method} ${request.path} ${request.status}`);
}

/** The first call of a family costs a 404 only where the site serves the other form. */
function firstCall(method: string, tried: string, served: string): string[] {
	return tried === served ? [`${method} ${served} 200`] : [`${method} ${tried} 404`, `${method} ${served} 200`];
}

const sites: CegidFixture[] = [];
afterAll(async () => await Promise.all(sites.map(async (site) => await site.close())));

describe.each<PathStyle>(['example', 'availability', 'swapped'])('Cegid site serving the %s path forms', (style) => {
	let cegid: CegidFixture;
	beforeAll(async () => {
		cegid = await siteOf(style);
		sites.push(cegid);
	});

	it('the sandbox answers 404 for the form it does not serve', async () => {
		const base = cegid.sandbox.baseUrl('cegid');
		const other = style === 'example' ? '/api/v1/system/webhooks' : '/api/system/v1/webhooks';
		expect((await fetch(`${base}${other}`)).status).toBe(404);
		expect((await fetch(`${base}${WEBHOOKS[style]}`)).status).toBe(401);
	});

	it('webhooks: create falls back once, then list and delete go straight to the form the site answered', async () => {
		await cegid.control.clearRequests();
		const created = await cegid.run({ resource: 'webhook', operation: 'create', event: 'vacancy_new', callbackUrl: 'https://example.com/e', pingUrl: 'https://example.com/p' });
		expect(created.error).toBeUndefined();
		const hookId = String(created.items[0].json.hookId);
		expect(await cegid.control.cegidWebhooks()).toEqual([expect.objectContaining({ hookId, event: 'vacancy_new' })]);
		expect(await calls(cegid)).toEqual(firstCall('POST', '/api/system/v1/webhooks', WEBHOOKS[style]));

		const listed = await cegid.run({ resource: 'webhook', operation: 'getAll', returnAll: true });
		expect(listed.items.map((item) => item.json.hookId)).toEqual([hookId]);
		const deleted = await cegid.run({ resource: 'webhook', operation: 'delete', hookId });
		expect(deleted.items[0].json).toEqual({ hookId, deleted: true, alreadyGone: false });
		expect(await cegid.control.cegidWebhooks()).toEqual([]);
		expect(await calls(cegid)).toEqual([`GET ${WEBHOOKS[style]} 200`, `DELETE ${WEBHOOKS[style]}/${hookId} 200`]);
	});

	it('referentials: a list and translations fall back once each, then go straight to the form the site answered', async () => {
		await cegid.control.clearRequests();
		const countries = await cegid.run({ resource: 'referential', operation: 'getAll', category: 'countries', returnAll: true });
		expect(countries.items.map((item) => item.json.clientCode)).toContain('_TS_CO_Country_France');
		const france = countries.items.find((item) => item.json.clientCode === '_TS_CO_Country_France')!;
		const itemId = String(france.json.code);
		const all = await cegid.run({ resource: 'referential', operation: 'getTranslations', category: 'countries', itemId });
		expect(all.items.map((item) => item.json.languageCode)).toEqual(['fr-FR', 'en-GB']);
		expect(await calls(cegid)).toEqual([
			...firstCall('GET', '/api/v1/referentials/countries', REFERENTIAL_LIST[style]),
			...firstCall('GET', `/api/referentials/countries/${itemId}/translations`, `${TRANSLATIONS[style]}/${itemId}/translations`),
		]);

		await cegid.run({ resource: 'referential', operation: 'getAll', category: 'countries', returnAll: true });
		const english = await cegid.run({ resource: 'referential', operation: 'getTranslations', category: 'countries', itemId, languageCode: 'en-GB' });
		expect(english.items[0].json).toEqual(expect.objectContaining({ languageCode: 'en-GB', label: 'France' }));
		expect(await calls(cegid)).toEqual([`GET ${REFERENTIAL_LIST[style]} 200`, `GET ${TRANSLATIONS[style]}/${itemId}/translations/en-GB 200`]);
	});

	it('an unknown referential item is still reported in Cegid’s words', async () => {
		await cegid.run({ resource: 'referential', operation: 'getTranslations', category: 'countries', itemId: '1' });
		const result = await cegid.run({ resource: 'referential', operation: 'getTranslations', category: 'countries', itemId: '999999' });
		expect(result.error?.message).toBe('Cegid Recruiting rejected the request (404): The referential "countries" has no item "999999".');
	});

	it('the trigger’s subscription sync works on a site it has not called yet, and then goes straight to the served form', async () => {
		const site = await siteOf(style);
		sites.push(site);
		let trigger: WebhookTrigger | undefined;
		try {
			trigger = await startWebhookTrigger({
				nodeType: 'cegidRecruitingTrigger',
				parameters: { events: ['vacancy_new', 'applicant_new'] } as never,
				credentials: site.credentials,
				store: site.store,
			});
			await trigger.activate();
			const hooks = await site.control.cegidWebhooks();
			expect(hooks.map((hook) => hook.event).sort()).toEqual(['applicant_new', 'vacancy_new']);
			expect(new Set(hooks.map((hook) => hook.callbackUrl))).toEqual(new Set([trigger.urls.default]));
			expect(await calls(site)).toEqual([
				...firstCall('GET', '/api/system/v1/webhooks', WEBHOOKS[style]),
				`POST ${WEBHOOKS[style]} 200`,
				`POST ${WEBHOOKS[style]} 200`,
			]);
			await trigger.deactivate();
			expect(await site.control.cegidWebhooks()).toEqual([]);
			const removal = await calls(site);
			expect(removal.filter((call) => call.endsWith(' 404'))).toEqual([]);
			expect(removal.filter((call) => call.startsWith('DELETE'))).toHaveLength(2);
		} finally {
			await trigger?.close();
		}
	});
});
