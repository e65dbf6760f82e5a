import { createHash } from 'crypto';

import { startJobcase, type JobcaseFixture } from './fixture';

let jobcase: JobcaseFixture;
beforeAll(async () => {
	jobcase = await startJobcase({ jobs: 10, companies: 1 });
});
afterAll(async () => await jobcase.close());

const applicant = {
	jobSourceId: 'x3js81mdz1',
	firstName: 'Ada',
	lastName: 'Lovelace',
	email: 'ada@example.com',
	phoneNumber: '(555) 555-5555',
	userIp: '203.0.113.7',
};

describe('Jobcase products', () => {
	it('lists the partner’s products', async () => {
		const result = await jobcase.run({ resource: 'product', operation: 'getAll', returnAll: true });
		expect(result.items.map((item) => item.json.code)).toContain('college');
		const requests = await jobcase.control.requests('jobcase');
		expect(requests.at(-1)?.query).toMatchObject({ partnerId: '1' });
	});
});

describe('Jobcase application events', () => {
	it('sends an application event as JSON', async () => {
		const result = await jobcase.run({ resource: 'applicationEvent', operation: 'send', ...applicant, additionalFields: { userAgent: 'Mozilla/5.0' } });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ firstName: 'Ada', email: 'ada@example.com', userIp: '203.0.113.7' });
	});

	it('sends the resume from a binary property as multipart, byte for byte', async () => {
		const resume = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200_000, 7)]);
		const result = await jobcase.run(
			{ resource: 'applicationEvent', operation: 'send', ...applicant, attachResume: true, binaryPropertyName: 'cv' },
			{ inputItems: [{ json: {}, binary: { cv: { data: resume.toString('base64'), mimeType: 'application/pdf', fileName: 'ada.pdf' } } }] },
		);
		expect(result.error).toBeUndefined();
		const events = await jobcase.control.jobcaseApplicationEvents();
		const event = events.find((entry) => entry.id === result.items[0].json.id);
		if (!event?.resume) throw new Error('the sandbox stored no resume for the event');
		expect(event.resume).toMatchObject({ filename: 'ada.pdf', contentType: 'application/pdf', size: resume.length });
		expect(event.resume.sha256).toBe(createHash('sha256').update(resume).digest('hex'));
		expect((await jobcase.control.jobcaseResume(event.id)).equals(resume)).toBe(true);
	});

	it('refuses a resume over 5 MB before uploading it', async () => {
		await jobcase.control.clearRequests();
		const big = Buffer.alloc(5 * 1024 * 1024 + 1, 1);
		const result = await jobcase.run(
			{ resource: 'applicationEvent', operation: 'send', ...applicant, attachResume: true, binaryPropertyName: 'data' },
			{ inputItems: [{ json: {}, binary: { data: { data: big.toString('base64'), mimeType: 'application/pdf', fileName: 'big.pdf' } } }] },
		);
		expect(result.error?.message).toBe(
			'Invalid "Resume Binary Field" in item 0: the file is 5.00 MB, over the provider\'s limit of 5.00 MB',
		);
		expect(await jobcase.control.requests('jobcase')).toHaveLength(0);
	});

	it('refuses an IP address that is not one', async () => {
		const result = await jobcase.run({ resource: 'applicationEvent', operation: 'send', ...applicant, userIp: '999.1.1.1' });
		expect(result.error?.message).toMatch(/^Invalid input in item 0: "User IP" \(userIp\) must be the IPv4 or IPv6 address/);
	});
});

describe('Jobcase resume matching', () => {
	const resumeData = JSON.stringify({ skills: ['nursing', 'triage'], workExperiences: [{ title: 'Nurse', description: 'ward nursing and triage' }] });

	it('submits a match and gets it back by key, simplified by default', async () => {
		const submitted = await jobcase.run({ resource: 'resumeMatch', operation: 'submitMatch', resumeData, jobText: 'Nursing role with triage duties', additionalFields: { jobtitle: 'Nurse' } });
		expect(submitted.error).toBeUndefined();
		const match = submitted.items[0].json;
		expect(Object.keys(match).sort()).toEqual(['jobtitle', 'key', 'match_bucket_name', 'matched_skills', 'met_experience', 'score']);
		expect(typeof match.score).toBe('number');
		const fetched = await jobcase.run({ resource: 'resumeMatch', operation: 'get', key: match.key, simplify: false });
		expect(fetched.items[0].json).toMatchObject({ key: match.key, score: match.score });
		expect(fetched.items[0].json.match_object).toBeDefined();
	});

	it('submits an experience match', async () => {
		const result = await jobcase.run({ resource: 'resumeMatch', operation: 'submitExperienceMatch', resumeData, jobText: 'Nurse needed', jobTitle: 'Nurse' });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toHaveProperty('is_experience_match');
	});

	it('explains resume data that is not a JSON object', async () => {
		const result = await jobcase.run({ resource: 'resumeMatch', operation: 'submitMatch', resumeData: '[1,2]', jobText: 'x' });
		expect(result.error?.message).toBe('Invalid "Resume Data (JSON)" in item 0: must be a JSON object');
	});
});

describe('Jobcase privacy (CCPA)', () => {
	it('gets the data held for an email and requests a purge', async () => {
		await jobcase.run({ resource: 'applicationEvent', operation: 'send', ...applicant, email: 'ccpa@example.com' });
		const data = await jobcase.run({ resource: 'privacy', operation: 'get', email: 'ccpa@example.com' });
		expect(data.error).toBeUndefined();
		expect(data.items[0].json).toMatchObject({ fields: { email: 'ccpa@example.com' } });
		const purge = await jobcase.run({ resource: 'privacy', operation: 'requestPurge', email: 'ccpa@example.com' });
		expect(purge.items[0].json).toMatchObject({ email: 'ccpa@example.com' });
	});

	it('refuses an invalid email', async () => {
		const result = await jobcase.run({ resource: 'privacy', operation: 'get', email: 'nobody' });
		expect(result.error?.message).toMatch(/^Invalid "Email" in item 0: "nobody" must be a valid email address/);
	});
});

describe('Jobcase custom API call', () => {
	it('calls any path with the credential applied', async () => {
		const result = await jobcase.run({
			resource: 'customApiCall',
			operation: 'call',
			method: 'GET',
			path: '/job/?status=all',
			queryParameters: { parameter: [{ name: 'limit', value: '5' }] },
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ count: 10 });
		expect(result.items[0].json.results).toHaveLength(5);
	});

	it('never sends the credential to another host', async () => {
		const result = await jobcase.run({ resource: 'customApiCall', operation: 'call', method: 'GET', path: 'https://elsewhere.example.com/steal' });
		expect(result.error?.message).toMatch(/^Invalid "Path" in item 0/);
	});
});
