import { CredentialStore } from '../harness';
import { exportCalls, startCegid, tokenCalls, type CegidFixture } from './fixture';

/**
 * "Request only one token for a given user session … and only request a new token when the current one has
 * expired (the duration is mentioned in expires_in)." In a file of its own, so no token of another test is
 * shared in the process.
 */
let cegid: CegidFixture;
beforeAll(async () => {
	cegid = await startCegid({ vacancies: 4, candidates: 1 });
	await cegid.control.config({ cegid: { tokenLifetimeSeconds: 2 } });
});
afterAll(async () => await cegid.close());

const oneVacancy = { resource: 'vacancy', operation: 'getAll', returnAll: false, limit: 1 };

describe('Cegid token lifetime (expires_in)', () => {
	it('reuses one token across executions within its lifetime, then renews the expired one before sending it: no call is refused', async () => {
		const store = new CredentialStore();
		for (let run = 0; run < 4; run++) expect((await cegid.run(oneVacancy, { store })).error).toBeUndefined();
		const first = String(store.findByType('cegidRecruitingApi')?.data.accessToken);
		let requests = await cegid.control.requests('cegid');
		expect(tokenCalls(requests)).toHaveLength(1);
		expect(exportCalls(requests, 'vacancies').map((call) => call.status)).toEqual([200, 200, 200, 200]);

		// Cegid's lifetime is real time (expires_in = 2 s): wait it out.
		await new Promise((resolve) => setTimeout(resolve, 2100));
		const base = cegid.sandbox.baseUrl('cegid');
		// The sandbox enforces it: the first token is refused now, so sending it would cost a refused call.
		expect((await fetch(`${base}/api/exports/v1/vacancies?limit=1`, { headers: { Authorization: `bearer ${first}` } })).status).toBe(401);
		await cegid.control.clearRequests();

		for (let run = 0; run < 3; run++) expect((await cegid.run(oneVacancy, { store })).error).toBeUndefined();
		requests = await cegid.control.requests('cegid');
		expect(tokenCalls(requests)).toHaveLength(1);
		expect(requests.map((call) => `${call.path} ${call.status}`)).toEqual([
			'/api/token 200',
			'/api/exports/v1/vacancies 200',
			'/api/exports/v1/vacancies 200',
			'/api/exports/v1/vacancies 200',
		]);
		expect(store.findByType('cegidRecruitingApi')?.data.accessToken).not.toBe(first);
		expect((await cegid.control.cegidTokens()).issued).toBe(2);
	});
});
