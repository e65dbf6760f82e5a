import { exportCalls, startCegid, type CegidFixture } from './fixture';

let cegid: CegidFixture;
beforeAll(async () => {
	cegid = await startCegid({ vacancies: 120, candidates: 2 });
});
afterAll(async () => await cegid.close());
beforeEach(async () => {
	await cegid.control.clearFaults();
	await cegid.control.config({ cegid: { rateLimitPerWindow: 100_000, rateWindowSeconds: 60 } });
	await cegid.control.clearRequests();
});

describe('Cegid under failure', () => {
	it('waits out Cegid’s 429s (Retry-After) and still returns every vacancy', async () => {
		// Warm the token first so the window below only counts export pages.
		await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: false, limit: 1 });
		await cegid.control.config({ cegid: { rateLimitPerWindow: 2, rateWindowSeconds: 1 } });
		await cegid.control.clearRequests();
		const result = await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: true, simplify: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(120);
		const pages = exportCalls(await cegid.control.requests('cegid'), 'vacancies');
		expect(pages.filter((page) => page.status === 429).length).toBeGreaterThan(0);
		expect(pages.filter((page) => page.status === 200).map((page) => page.query.offset)).toEqual(['0', '99', '119']);
	});

	it('retries 503s and dropped connections on exports', async () => {
		await cegid.control.fault({ provider: 'cegid', method: 'GET', pathContains: '/exports/', status: 503, count: 1 });
		await cegid.control.fault({ provider: 'cegid', method: 'GET', pathContains: '/exports/', drop: true, count: 1 });
		const result = await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: true, simplify: true });
		expect(result.items).toHaveLength(120);
	});

	it('does not repeat a webhook creation after an ambiguous 503', async () => {
		await cegid.control.fault({ provider: 'cegid', method: 'POST', pathContains: '/webhooks', status: 503, count: 1, body: { message: 'Service unavailable' } });
		const result = await cegid.run({ resource: 'webhook', operation: 'create', event: 'vacancy_new', callbackUrl: 'https://example.com/e', pingUrl: 'https://example.com/p' });
		expect(result.error?.message).toBe('Cegid Recruiting rejected the request (503): Service unavailable');
		const creations = (await cegid.control.requests('cegid')).filter((request) => request.method === 'POST' && request.path === '/api/system/v1/webhooks');
		expect(creations).toHaveLength(1);
	});
});
