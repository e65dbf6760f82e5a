import { CredentialStore } from '../harness';
import { CLIENT_SECRET, exportCalls, startCegid, tokenCalls, type CegidFixture } from './fixture';

let cegid: CegidFixture;
beforeAll(async () => {
	cegid = await startCegid({ vacancies: 350, candidates: 5 });
});
afterAll(async () => await cegid.close());
beforeEach(async () => {
	await cegid.control.clearRequests();
	await cegid.control.config({ cegid: { tokenLifetimeSeconds: 1199 } });
});

const getAllVacancies = { resource: 'vacancy', operation: 'getAll', returnAll: true, simplify: true };

describe('Cegid token: one per session', () => {
	it('N executions within the token’s lifetime make exactly one token request', async () => {
		const store = new CredentialStore();
		const issuedBefore = (await cegid.control.cegidTokens()).issued;
		for (let run = 0; run < 6; run++) {
			const result = await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: false, limit: 3 }, { store });
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(3);
		}
		const requests = await cegid.control.requests('cegid');
		expect(tokenCalls(requests)).toHaveLength(1);
		expect(exportCalls(requests, 'vacancies')).toHaveLength(6);
		expect((await cegid.control.cegidTokens()).issued - issuedBefore).toBe(1);
		expect(store.findByType('cegidRecruitingApi')?.data.accessToken).toEqual(expect.any(String));
	});

	it('a token that expires in the middle of Return All costs one refused call, one token request and one resend; no vacancy is lost or repeated', async () => {
		const store = new CredentialStore();
		await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: false, limit: 1 }, { store });
		await cegid.control.cegidExpireTokens(2);
		await cegid.control.clearRequests();

		const result = await cegid.run(getAllVacancies, { store });
		expect(result.error).toBeUndefined();
		const expected = (await cegid.control.cegidVacancies()).map((vacancy) => vacancy.reference);
		expect(result.items.map((item) => item.json.reference)).toEqual(expected);

		const requests = await cegid.control.requests('cegid');
		expect(tokenCalls(requests)).toHaveLength(1);
		const pages = exportCalls(requests, 'vacancies');
		expect(pages.filter((page) => page.status === 401).map((page) => page.query.offset)).toEqual(['198']);
		expect(pages.filter((page) => page.status === 200).map((page) => page.query.offset)).toEqual(['0', '99', '198', '297', '349']);
	});

	it('a token past the lifetime Cegid announced (expires_in) is renewed before it is sent, without a refused call', async () => {
		const store = new CredentialStore();
		await cegid.control.config({ cegid: { tokenLifetimeSeconds: 1 } });
		// Tokens fetched by earlier tests are shared in the process: retire them so this one has a 1 s lifetime.
		await cegid.control.cegidExpireTokens(0);
		await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: false, limit: 1 }, { store });
		const firstToken = store.findByType('cegidRecruitingApi')?.data.accessToken;
		// The token's lifetime is real time: wait it out.
		await new Promise((resolve) => setTimeout(resolve, 1100));
		const result = await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: false, limit: 1 }, { store });
		expect(result.error).toBeUndefined();
		const requests = await cegid.control.requests('cegid');
		expect(tokenCalls(requests)).toHaveLength(2);
		// Only the token retired above was refused; the outlived one was never sent.
		expect(exportCalls(requests, 'vacancies').map((call) => call.status)).toEqual([401, 200, 200]);
		expect(store.findByType('cegidRecruitingApi')?.data.accessToken).not.toBe(firstToken);
	});
});

describe('Cegid credential secrecy', () => {
	it('a wrong client secret is explained in Cegid’s words, without the secret', async () => {
		const wrongSecret = 'cgd-wrong-secret-000000000042';
		const { runNode } = await import('../harness');
		const result = await runNode({
			nodeType: 'cegidRecruiting',
			parameters: getAllVacancies,
			credentials: { cegidRecruitingApi: { ...cegid.credentials.cegidRecruitingApi, clientSecret: wrongSecret } },
		});
		expect(result.error?.message).toBe(
			'Cegid refused the token request (400): The client_id or client_secret is not valid (invalid_client). Check the Client ID, Client Secret and Scope of the Cegid Recruiting credential',
		);
		expect(result.serialized).not.toContain(wrongSecret);
		expect(exportCalls(await cegid.control.requests('cegid'), 'vacancies')).toEqual([]);
	});

	it('neither the client secret nor the token appears in outputs, errors or stored run data', async () => {
		const store = new CredentialStore();
		const succeeding = await cegid.run(getAllVacancies, { store });
		const token = String(store.findByType('cegidRecruitingApi')?.data.accessToken);
		await cegid.control.fault({ provider: 'cegid', method: 'GET', status: 403, count: 1, body: { message: `Token ${token} lacks the scope; secret ${CLIENT_SECRET}` } });
		const failing = await cegid.run(getAllVacancies, { store, continueOnFail: true });
		expect(failing.items[0].json.error).toBe('Cegid Recruiting rejected the request (403): Token [redacted] lacks the scope; secret [redacted]');
		const failingHard = await cegid.run({ resource: 'referential', operation: 'getAll', category: '__custom', customCategory: 'nope', returnAll: true }, { store });
		expect(failingHard.error?.message).toBe('Cegid Recruiting rejected the request (404): The referential "nope" does not exist.');
		for (const run of [succeeding, failing, failingHard]) {
			expect(run.serialized).not.toContain(CLIENT_SECRET);
			expect(run.serialized).not.toContain(token);
		}
	});
});
