import { runNode } from '../harness';
import { API_KEY, CLIENT_SECRET, startNhsJob, type NhsJobFixture } from './fixture';
import { connectTrigger, WEBHOOK_SECRET } from './triggerFixture';

let nhsjob: NhsJobFixture;
let jobId: string;
beforeAll(async () => {
	nhsjob = await startNhsJob({ jobs: 40, candidates: 5 });
	await nhsjob.connectOAuth2();
	[{ id: jobId }] = await nhsjob.openJobs();
});
afterAll(async () => await nhsjob.close());
beforeEach(async () => await nhsjob.control.clearFaults());

function currentTokens(): string[] {
	const tokens = nhsjob.store.findByType('nhsJobOAuth2Api')?.data.oauthTokenData as { access_token: string; refresh_token: string };
	return [tokens.access_token, tokens.refresh_token];
}

describe('NHSJob secrets stay out of outputs and errors', () => {
	it('the API key appears nowhere, whether the call succeeds, is refused, or NHSJob echoes the key back', async () => {
		const succeeding = await nhsjob.run({ resource: 'job', operation: 'search', returnAll: false, limit: 3 });
		await nhsjob.control.fault({ provider: 'nhsjob', method: 'GET', status: 400, count: 1, body: { error: 'bad_request', message: `Key ${API_KEY} is suspended`, 'X-API-Key': API_KEY } });
		const echoed = await nhsjob.run({ resource: 'job', operation: 'get', jobId }, { continueOnFail: true });
		expect(echoed.items[0].json.error).toBe('NHSJob rejected the request (400): Key [redacted] is suspended');
		const forbidden = await nhsjob.run({ resource: 'application', operation: 'submit', jobId, candidateId: 'cand_50001', resumeUrl: 'https://cv.example.org/a.pdf' });
		expect(forbidden.error?.message).toMatch(/^NHSJob rejected the request \(403\)/);
		const wrongKey = `${API_KEY}-revoked`;
		const refused = await runNode({
			nodeType: 'nhsJob',
			parameters: { authentication: 'apiKey', resource: 'job', operation: 'get', jobId },
			credentials: { nhsJobApi: { ...nhsjob.apiKeyCredential, apiKey: wrongKey } },
		});
		expect(refused.error?.message).toBe('NHSJob rejected the request (401): The API key is not valid for this environment.');
		expect(refused.error?.description).toMatch(/Check the API key/);
		for (const run of [succeeding, echoed, forbidden]) expect(run.serialized).not.toContain(API_KEY);
		expect(refused.serialized).not.toContain(wrongKey);
	});

	it('the client secret and the access and refresh tokens appear nowhere, before and after a renewal', async () => {
		const before = currentTokens();
		const succeeding = await nhsjob.run({ resource: 'job', operation: 'search', returnAll: false, limit: 2 }, { authentication: 'oAuth2' });
		await nhsjob.control.nhsjobExpireTokens();
		const renewed = await nhsjob.run({ resource: 'job', operation: 'get', jobId }, { authentication: 'oAuth2' });
		const after = currentTokens();
		expect(after[0]).not.toBe(before[0]);
		await nhsjob.control.fault({ provider: 'nhsjob', method: 'POST', status: 403, count: 1, body: { error: 'insufficient_scope', message: `Token ${after[0]} lacks write:applications` } });
		const refused = await nhsjob.run({ resource: 'application', operation: 'submit', jobId, candidateId: 'cand_50002', resumeUrl: 'https://cv.example.org/b.pdf' }, { authentication: 'oAuth2' });
		expect(refused.error?.message).toBe('NHSJob rejected the request (403): Token [redacted] lacks write:applications');
		expect(refused.error?.description).toMatch(/add it to Scope in the NHSJob OAuth2 API credential/);
		expect(succeeding.items).toHaveLength(2);
		expect(renewed.items[0].json.id).toBe(jobId);
		for (const run of [succeeding, renewed, refused]) {
			for (const secret of [CLIENT_SECRET, ...before, ...after]) expect(run.serialized).not.toContain(secret);
		}
	});

	it('the webhook secret appears neither in the trigger’s output nor in its answers', async () => {
		const connected = await connectTrigger(nhsjob.control);
		try {
			const accepted = await connected.emit({ type: 'job.created' });
			const forged = await connected.emit({ type: 'job.created', variant: 'forged' });
			expect([accepted.deliveries[0].status, forged.deliveries[0].status]).toEqual([200, 401]);
			const seen = JSON.stringify({ runs: connected.runs(), answers: [...accepted.deliveries, ...forged.deliveries], staticData: connected.trigger.staticData });
			expect(seen).not.toContain(WEBHOOK_SECRET);
		} finally {
			await connected.close();
		}
	});
});
