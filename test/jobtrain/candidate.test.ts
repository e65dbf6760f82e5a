import { createHash } from 'crypto';

import { API_PASSWORD, USERNAME, apiCalls, cvOfSize, fileItem, startJobtrain, type JobtrainFixture } from './fixture';
import { runNode } from '../harness';

let jobtrain: JobtrainFixture;
let openJobId: number;
let closedJobId: number;
beforeAll(async () => {
	jobtrain = await startJobtrain({ jobs: 40, applications: 80 });
	const open = await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: true, filters: { status: 'Open' } });
	const closed = await jobtrain.run({ resource: 'job', operation: 'getAll', returnAll: true, filters: { status: 'Closed' } });
	openJobId = Number(open.items[0].json.jobId);
	closedJobId = Number(closed.items[0].json.jobId);
});
afterAll(async () => await jobtrain.close());
beforeEach(async () => {
	await jobtrain.control.clearRequests();
	await jobtrain.control.config({ jobtrain: { mandatoryApplicationFields: ['firstName', 'surname', 'email', 'cv'], maxFileBytes: 1024 * 1024 } });
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const candidate = (suffix: string) => ({
	firstName: 'Ada',
	surname: `Lovelace-${suffix}`,
	email: `ada.${suffix}@example.co.uk`,
	postcode: 'M1 1AE',
});

const apply = (fields: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
	resource: 'candidate',
	operation: 'createAndApply',
	jobId: openJobId,
	cvBinaryPropertyName: 'data',
	...fields,
	...extra,
});

describe('Jobtrain candidates and applications', () => {
	it('creates a candidate and applies to a job with the CV from a binary property, byte for byte', async () => {
		const cv = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300_000, 7)]);
		const result = await jobtrain.run(apply(candidate('one'), { additionalFields: { phone: '0161 496 0000', source: 'n8n' } }), {
			inputItems: [fileItem(cv, 'ada-cv.pdf')],
		});
		expect(result.error).toBeUndefined();
		const created = result.items[0].json;
		expect(created).toMatchObject({ jobId: openJobId, status: 'Applied', cvFileName: 'ada-cv.pdf', candidateId: expect.any(Number), applicationId: expect.any(Number) });

		const stored = await jobtrain.control.jobtrainApplication(Number(created.applicationId));
		expect(stored.cv).toMatchObject({ fileName: 'ada-cv.pdf', contentType: 'application/pdf', size: cv.length, sha256: sha256(cv) });
		expect(stored.candidate).toMatchObject({ firstName: 'Ada', surname: 'Lovelace-one', phone: '0161 496 0000', source: 'n8n' });

		const detail = await jobtrain.run({ resource: 'candidate', operation: 'getApplication', jobId: openJobId, candidateId: created.candidateId });
		expect(detail.items[0].json).toMatchObject({ applicationId: created.applicationId, status: 'Applied', cv: { fileName: 'ada-cv.pdf', size: cv.length } });
		const status = await jobtrain.run({ resource: 'candidate', operation: 'getApplicationStatus', jobId: openJobId, candidateId: created.candidateId });
		expect(status.items[0].json).toMatchObject({ applicationId: created.applicationId, status: 'Applied' });
		const forJob = await jobtrain.run({ resource: 'candidate', operation: 'getManyForJob', jobId: openJobId, returnAll: true });
		expect(forJob.items.map((item) => item.json.candidateId)).toContain(created.candidateId);
	});

	it('a user whose Security Role may not apply gets Jobtrain’s 403 with both documented fixes', async () => {
		const readerPassword = 'jt-reader-api-password-9c1d';
		await jobtrain.control.config({
			jobtrain: {
				users: [
					{ username: USERNAME, apiPassword: API_PASSWORD, divisionIds: null, canApply: true },
					{ username: 'jobs.reader', apiPassword: readerPassword, divisionIds: null, canApply: false },
				],
			},
		});
		const result = await runNode({
			nodeType: 'jobtrain',
			parameters: apply(candidate('reader')),
			inputItems: [fileItem(cvOfSize(2000), 'cv.pdf')],
			credentials: { jobtrainApi: { ...jobtrain.credentials.jobtrainApi, username: 'jobs.reader', apiPassword: readerPassword } },
		});
		expect(result.error?.message).toBe('Jobtrain rejected the request (403): The API user’s Security Role does not allow creating candidates or applications.');
		const description = String(result.error?.description);
		expect(description).toMatch(/^Authentication failure: you do not have the necessary permissions to access this resource/);
		for (const fix of ['Client ID, Client Secret, Username, API Password', 'Security Role grants access']) expect(description).toContain(fix);
		expect(result.serialized).not.toContain(readerPassword);
	});

	it('a second candidate with the same email is refused with Jobtrain’s uniqueness rule', async () => {
		const cv = cvOfSize(2_000);
		expect((await jobtrain.run(apply(candidate('dup')), { inputItems: [fileItem(cv, 'cv.pdf')] })).error).toBeUndefined();
		const again = await jobtrain.run(apply({ ...candidate('dup'), surname: 'Byron', postcode: 'LS1 4AP' }), { inputItems: [fileItem(cv, 'cv.pdf')] });
		expect(again.error?.message).toBe(
			'Jobtrain rejected the request (409): A candidate with the email address ada.dup@example.co.uk already exists. Candidate email addresses must be unique.',
		);
		expect(again.error?.description).toMatch(/unique email address, AND first name \+ surname \+ postcode must be unique/);
	});

	it('the same first name + surname + postcode is a duplicate even with another email', async () => {
		const cv = cvOfSize(2_000);
		expect((await jobtrain.run(apply(candidate('twin')), { inputItems: [fileItem(cv, 'cv.pdf')] })).error).toBeUndefined();
		const twin = await jobtrain.run(apply({ ...candidate('twin'), email: 'someone.else@example.co.uk', postcode: 'm11ae' }), { inputItems: [fileItem(cv, 'cv.pdf')] });
		expect(twin.error?.message).toMatch(/^Jobtrain rejected the request \(409\): .*First name \+ surname \+ postcode must be unique\.$/);
	});

	it('applying to a closed job is a 410 with Jobtrain’s explanation', async () => {
		const result = await jobtrain.run(apply(candidate('closed'), { jobId: closedJobId }), { inputItems: [fileItem(cvOfSize(2_000), 'cv.pdf')] });
		expect(result.error?.message).toBe(`Jobtrain rejected the request (410): Job ${closedJobId} is closed and no longer accepts applications.`);
		expect(result.error?.description).toMatch(/^Job closed: the job no longer accepts applications/);
	});

	it('a CV of 1 MB or more is refused before anything is sent; just under 1 MB goes through', async () => {
		const tooBig = await jobtrain.run(apply(candidate('big')), { inputItems: [fileItem(cvOfSize(1024 * 1024), 'big.pdf')] });
		expect(tooBig.error?.message).toBe(
			'Invalid "CV Binary Field" in item 0: the CV "big.pdf" is 1.00 MB (1048576 bytes), but Jobtrain accepts CVs and files only under 1 MB',
		);
		expect(tooBig.error?.description).toMatch(/Compress the CV/);
		expect(apiCalls(await jobtrain.requests())).toHaveLength(0);

		const justUnder = await jobtrain.run(apply(candidate('under')), { inputItems: [fileItem(cvOfSize(1024 * 1024 - 1), 'under.pdf')] });
		expect(justUnder.error).toBeUndefined();
	});

	it('a file Jobtrain finds too large is a 413 with its explanation', async () => {
		await jobtrain.control.config({ jobtrain: { maxFileBytes: 100_000 } });
		const result = await jobtrain.run(apply(candidate('413')), { inputItems: [fileItem(cvOfSize(150_000), 'cv.pdf')] });
		expect(result.error?.message).toBe('Jobtrain rejected the request (413): The file "cv.pdf" (cv) is 150000 bytes. CVs and files must be less than 1MB.');
		expect(result.error?.description).toMatch(/^Files are too large: CVs and files must be less than 1 MB/);
	});

	it('a field the client’s form makes mandatory is a 422 naming the field', async () => {
		await jobtrain.control.config({ jobtrain: { mandatoryApplicationFields: ['firstName', 'surname', 'email', 'cv', 'mobile'] } });
		const result = await jobtrain.run(apply(candidate('422')), { inputItems: [fileItem(cvOfSize(2_000), 'cv.pdf')] });
		expect(result.error?.message).toBe('Jobtrain rejected the request (422): Mandatory field missing or invalid: mobile. The mobile field is required.');
		expect(result.error?.description).toMatch(/^Mandatory field missing: a required field is blank or invalid/);
	});

	it('checks the candidate before sending: a bad email names the field, item and fix', async () => {
		const result = await jobtrain.run(apply({ ...candidate('bad'), email: 'not-an-email' }), { inputItems: [fileItem(cvOfSize(2_000), 'cv.pdf')] });
		expect(result.error?.message).toBe('Invalid input in item 0: "Email" (email) must be a valid email address, e.g. name@example.co.uk');
		const missingCv = await jobtrain.run(apply(candidate('nocv')), { inputItems: [{ json: {} }] });
		expect(missingCv.error?.message).toBe('Invalid "CV Binary Field" in item 0: no binary property named "data"');
		expect(apiCalls(await jobtrain.requests())).toHaveLength(0);
	});

	it('with Continue On Fail a duplicate fails alone and the other candidates are created', async () => {
		const cv = cvOfSize(5_000);
		const people = ['c1', 'c2', 'c1', 'c3'].map((suffix) => ({ ...fileItem(cv, `${suffix}.pdf`), json: candidate(`batch-${suffix}`) }));
		const result = await jobtrain.run(
			apply({ firstName: '={{ $json.firstName }}', surname: '={{ $json.surname }}', email: '={{ $json.email }}', postcode: '={{ $json.postcode }}' }),
			{ inputItems: people, continueOnFail: true },
		);
		expect(result.items).toHaveLength(4);
		expect(result.items.map((item) => item.json.httpCode ?? item.json.status)).toEqual(['Applied', 'Applied', '409', 'Applied']);
		expect(result.items.map((item) => item.pairedItem)).toEqual([0, 1, 2, 3].map((item) => ({ item })));
	});
});
