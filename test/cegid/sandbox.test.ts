import { CLIENT_ID, CLIENT_SECRET, startCegid, type CegidFixture } from './fixture';

/** The emulation itself, spoken to over plain HTTP: it must refuse what the real API refuses. */
let cegid: CegidFixture;
let base: string;
beforeAll(async () => {
	cegid = await startCegid({ vacancies: 3, candidates: 2 });
	base = cegid.sandbox.baseUrl('cegid');
});
afterAll(async () => await cegid.close());

async function token(form: Record<string, string>, contentType = 'application/x-www-form-urlencoded') {
	return await fetch(`${base}/api/token`, { method: 'POST', headers: { 'Content-Type': contentType }, body: new URLSearchParams(form).toString() });
}

const goodForm = { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_type: 'client_credentials', scope: 'MatchingIndexation' };

describe('Cegid sandbox', () => {
	it('issues tokens only for a form-encoded client credentials grant with a known scope', async () => {
		expect(await (await token({ ...goodForm, scope: 'Everything' })).json()).toEqual({ error: 'invalid_scope', error_description: 'scope must be one of MatchingIndexation, Customer.' });
		expect((await token({ ...goodForm, grant_type: 'password' })).status).toBe(400);
		expect((await token(goodForm, 'application/json')).status).toBe(400);
		const granted = await (await token(goodForm)).json();
		expect(granted).toEqual({ access_token: expect.any(String), token_type: 'bearer', expires_in: 1199 });
	});

	it('refuses calls without a valid bearer token', async () => {
		expect((await fetch(`${base}/api/exports/v1/vacancies`)).status).toBe(401);
		expect((await fetch(`${base}/api/exports/v1/vacancies`, { headers: { Authorization: 'bearer nope' } })).status).toBe(401);
		expect((await fetch(`${base}/api/unknown`)).status).toBe(404);
	});

	it('serves an empty body past the last record', async () => {
		const { access_token: accessToken } = (await (await token(goodForm)).json()) as { access_token: string };
		const response = await fetch(`${base}/api/exports/v1/vacancies?offset=3`, { headers: { Authorization: `Bearer ${accessToken}` } });
		expect(response.status).toBe(200);
		expect((await response.arrayBuffer()).byteLength).toBe(0);
	});

	it('names the parameter it refuses', async () => {
		const { access_token: accessToken } = (await (await token(goodForm)).json()) as { access_token: string };
		const headers = { Authorization: `bearer ${accessToken}` };
		expect(await (await fetch(`${base}/api/exports/v1/vacancies?limit=-1`, { headers })).json()).toEqual({
			message: 'The request is invalid: limit "-1" is not a non-negative whole number',
			modelState: { limit: ['"-1" is not a non-negative whole number'] },
		});
		const report = await fetch(`${base}/api/exports/v1/reports`, {
			method: 'POST',
			headers: { ...headers, 'Content-Type': 'application/json' },
			body: JSON.stringify({ reportType: 'vacancies', items: [{ id: 'a', date: '2025-01-01', lastUpdateDate: '2025-01-01', status: 'done' }] }),
		});
		expect(report.status).toBe(400);
		expect(((await report.json()) as { modelState: object }).modelState).toEqual({ 'items[0].status': ['must be "success" or "error"'] });
	});

	it('answers 429 with Retry-After beyond its rate limit', async () => {
		await cegid.control.config({ cegid: { rateLimitPerWindow: 1, rateWindowSeconds: 30 } });
		await token(goodForm);
		const limited = await token(goodForm);
		expect(limited.status).toBe(429);
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
		await cegid.control.config({ cegid: { rateLimitPerWindow: 100_000 } });
	});
});
