import { items, startNhsJob, type NhsJobFixture } from './fixture';

let nhsjob: NhsJobFixture;
let openJobIds: string[];
let closedJobId: string;
beforeAll(async () => {
	nhsjob = await startNhsJob({ jobs: 200, candidates: 20 });
	await nhsjob.connectOAuth2();
	const jobs = await nhsjob.control.nhsjobJobs();
	openJobIds = jobs.filter((job) => job.status === 'open').map((job) => job.id);
	closedJobId = jobs.find((job) => job.status === 'closed')!.id;
});
afterAll(async () => await nhsjob.close());
beforeEach(async () => {
	await nhsjob.control.config({ nhsjob: { apiKeyPermissions: ['read:jobs', 'read:candidates'] } });
	await nhsjob.control.clearRequests();
});

const submit = (jobId: string, candidateId: string, resumeUrl = 'https://cv.example.org/resume.pdf') => ({
	resource: 'application',
	operation: 'submit',
	jobId,
	candidateId,
	resumeUrl,
});

describe('NHSJob application submit', () => {
	it('submits with the OAuth2 credential connected through the authorization-code flow', async () => {
		const result = await nhsjob.run(submit(openJobIds[0], 'cand_50001'), { authentication: 'oAuth2' });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ job_id: openJobIds[0], candidate_id: 'cand_50001', resume_url: 'https://cv.example.org/resume.pdf', status: 'submitted' });
		const stored = await nhsjob.control.nhsjobApplications();
		expect(stored.find((application) => application.id === result.items[0].json.id)?.submitted_by).toBe('nhs-test-client');
		expect(await nhsjob.control.requests('nhsjob')).toMatchObject([{ method: 'POST', path: '/v1/applications', status: 201 }]);
	});

	it('renews an expired access token once with the refresh token and keeps the new one for later runs', async () => {
		const before = nhsjob.store.findByType('nhsJobOAuth2Api')?.data.oauthTokenData as { access_token: string };
		const grantsBefore = (await nhsjob.control.nhsjobState()).oauthGrants.refreshToken;
		await nhsjob.control.nhsjobExpireTokens();

		const first = await nhsjob.run(submit(openJobIds[1], 'cand_50002'), { authentication: 'oAuth2' });
		expect(first.error).toBeUndefined();
		const second = await nhsjob.run(submit(openJobIds[2], 'cand_50002'), { authentication: 'oAuth2' });
		expect(second.error).toBeUndefined();

		expect((await nhsjob.control.nhsjobState()).oauthGrants.refreshToken - grantsBefore).toBe(1);
		const after = nhsjob.store.findByType('nhsJobOAuth2Api')?.data.oauthTokenData as { access_token: string };
		expect(after.access_token).not.toBe(before.access_token);
		// A 401 is answered before anything is applied, so sending the application again is safe.
		const requests = (await nhsjob.control.requests('nhsjob')).map((request) => `${request.method} ${request.path} ${request.status}`);
		expect(requests).toEqual(['POST /v1/applications 401', 'POST /oauth/token 200', 'POST /v1/applications 201', 'POST /v1/applications 201']);
		expect((await nhsjob.control.nhsjobApplications()).filter((application) => application.candidate_id === 'cand_50002')).toHaveLength(2);
	});

	it('with a read-only API key, explains that submitting needs OAuth2', async () => {
		const result = await nhsjob.run(submit(openJobIds[3], 'cand_50003'));
		expect(result.error?.message).toMatch(/^NHSJob rejected the request \(403\): This request needs the write:applications permission/);
		expect(result.error?.description).toMatch(/Submitting applications needs OAuth2: set Authentication to OAuth2/);
		expect(await nhsjob.control.nhsjobApplications()).not.toContainEqual(expect.objectContaining({ job_id: openJobIds[3] }));
	});

	it('submits with an API key NHSJob granted write:applications', async () => {
		await nhsjob.control.config({ nhsjob: { apiKeyPermissions: ['read:jobs', 'write:applications'] } });
		const result = await nhsjob.run(submit(openJobIds[4], 'cand_50004'));
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ job_id: openJobIds[4], candidate_id: 'cand_50004', status: 'submitted' });
		expect((await nhsjob.control.nhsjobApplications()).at(-1)?.submitted_by).toBe('api_key');
	});

	it.each([
		['Resume URL', 'resumeUrl', submit('job_10001', 'cand_50001', 'ftp://files.example.org/cv.pdf'), /must be a full http:\/\/ or https:\/\/ address/],
		['Resume URL', 'resumeUrl', submit('job_10001', 'cand_50001', 'resume.pdf'), /must be a full http:\/\/ or https:\/\/ address/],
		['Candidate ID', 'candidateId', submit('job_10001', 'cand 50001'), /must be an NHSJob candidate ID/],
		['Job', 'jobId', submit('={{ $json.missing }}', 'cand_50001'), /is required: enter the NHSJob job ID/],
	])('refuses a bad "%s" before sending anything', async (label, name, parameters, problem) => {
		const result = await nhsjob.run(parameters, { authentication: 'oAuth2' });
		expect(result.error?.message).toContain(`Invalid input in item 0: "${label}" (${name})`);
		expect(result.error?.message).toMatch(problem);
		expect(await nhsjob.control.requests('nhsjob')).toHaveLength(0);
	});

	it('with Continue On Fail, keeps every item paired: NHSJob’s reasons for refused ones, the application for the rest', async () => {
		const inputItems = items(4, (index) => ({ job: [openJobIds[10], closedJobId, openJobIds[10], 'job_00000'][index], candidate: 'cand_50010' }));
		const result = await nhsjob.run({ ...submit('={{ $json.job }}', '={{ $json.candidate }}') }, { authentication: 'oAuth2', inputItems, continueOnFail: true });
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(result.items[0].json).toMatchObject({ job_id: openJobIds[10], status: 'submitted' });
		expect(result.items[1].json).toMatchObject({ httpCode: '409', error: `NHSJob rejected the request (409): Job ${closedJobId} is closed and no longer accepts applications.` });
		expect(result.items[2].json.error).toMatch(/^NHSJob rejected the request \(409\): Candidate cand_50010 has already applied/);
		expect(result.items[3].json).toMatchObject({ httpCode: '422', error: 'NHSJob rejected the request (422): job_id does not match any job (job_00000)' });
	});
});

describe('NHSJob custom API call', () => {
	it('calls a path the node has no operation for, with the chosen credential applied', async () => {
		const result = await nhsjob.run({ resource: 'customApiCall', operation: 'call', method: 'GET', path: '/candidates/cand_50005' }, { authentication: 'oAuth2' });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.data).toMatchObject({ id: 'cand_50005' });
		const withKey = await nhsjob.run({ resource: 'customApiCall', operation: 'call', method: 'GET', path: '/jobs?limit=2' });
		expect((withKey.items[0].json.data as unknown[]).length).toBe(2);
	});
});
