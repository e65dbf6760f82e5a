import type { RunNodeResult } from '../harness';
import { exportCalls, startCegid, type CegidFixture } from './fixture';

/**
 * Cegid's guide says its APIs speak JSON only; production connectors read `[uint32 length][ZIP]` records.
 * Whichever a site sends, the node outputs the same records, pages the same way and stops at the empty end.
 */
let cegid: CegidFixture;
beforeAll(async () => {
	cegid = await startCegid({ vacancies: 12, candidates: 9 });
});
afterAll(async () => await cegid.close());
beforeEach(async () => {
	await cegid.control.config({ cegid: { exportFormat: 'binary', jsonExportEnvelope: false, ignoreAttachmentType: false, maxPageSize: 100 } });
	await cegid.control.clearFaults();
	await cegid.control.clearRequests();
});

type Format = { exportFormat: 'binary' | 'json'; jsonExportEnvelope: boolean };
const FORMATS: Array<[string, Format]> = [
	['binary', { exportFormat: 'binary', jsonExportEnvelope: false }],
	['JSON array', { exportFormat: 'json', jsonExportEnvelope: false }],
	['JSON {data}', { exportFormat: 'json', jsonExportEnvelope: true }],
];

/** Runs `parameters` once per export format; returns each run with the offsets its export pages asked for. */
async function inEveryFormat(parameters: Record<string, unknown>, resource: 'vacancies' | 'candidates', maxPageSize = 100) {
	const runs: Array<{ format: string; result: RunNodeResult; offsets: string[] }> = [];
	for (const [format, config] of FORMATS) {
		await cegid.control.config({ cegid: { ...config, maxPageSize } });
		await cegid.control.clearRequests();
		const result = await cegid.run(parameters);
		expect(result.error).toBeUndefined();
		const pages = exportCalls(await cegid.control.requests('cegid'), resource);
		runs.push({ format, result, offsets: pages.map((page) => String(page.query.offset)) });
	}
	return runs;
}

async function filesOf(result: RunNodeResult): Promise<Array<Record<string, string>>> {
	return await Promise.all(
		result.items.map(async (item, index) => {
			const files: Record<string, string> = {};
			for (const [property, data] of Object.entries(item.binary ?? {})) {
				files[property] = `${data.fileName}|${data.mimeType}|${(await result.binary(index, property)).toString('base64')}`;
			}
			return files;
		}),
	);
}

describe('Cegid exports answered as binary or as JSON', () => {
	it('the sandbox really answers each format', async () => {
		const base = cegid.sandbox.baseUrl('cegid');
		const token = await fetch(`${base}/api/token`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ client_id: cegid.credentials.cegidRecruitingApi.clientId, client_secret: cegid.credentials.cegidRecruitingApi.clientSecret, grant_type: 'client_credentials', scope: 'MatchingIndexation' }).toString(),
		});
		const headers = { Authorization: `bearer ${((await token.json()) as { access_token: string }).access_token}` };
		const binary = await fetch(`${base}/api/exports/v1/vacancies?limit=1`, { headers });
		expect(binary.headers.get('content-type')).toMatch(/^application\/octet-stream/);
		expect(Buffer.from(await binary.arrayBuffer()).subarray(4, 6).toString('latin1')).toBe('PK');
		await cegid.control.config({ cegid: { exportFormat: 'json' } });
		const json = await fetch(`${base}/api/exports/v1/vacancies?limit=1`, { headers });
		expect(json.headers.get('content-type')).toMatch(/^application\/json/);
		expect(await json.json()).toEqual([{ offerDetail: expect.objectContaining({ reference: expect.any(String) }) }]);
		expect(await (await fetch(`${base}/api/exports/v1/vacancies?offset=12`, { headers })).json()).toEqual([]);
	});

	it('vacancies, Return All: the same records in every format, paged the same way to the empty end', async () => {
		const runs = await inEveryFormat({ resource: 'vacancy', operation: 'getAll', returnAll: true, simplify: false }, 'vacancies', 5);
		const stored = (await cegid.control.cegidVacancies()).map((vacancy) => vacancy.reference);
		for (const run of runs) {
			expect(run.result.items.map((item) => item.json.reference)).toEqual(stored);
			expect(run.result.items.map((item) => item.json)).toEqual(runs[0].result.items.map((item) => item.json));
			expect(run.offsets).toEqual(['0', '4', '8', '11']);
		}
	});

	it('vacancies, Limit and filters: the same records in every format', async () => {
		const vacancies = await cegid.control.cegidVacancies();
		const limited = await inEveryFormat({ resource: 'vacancy', operation: 'getAll', returnAll: false, limit: 7 }, 'vacancies', 5);
		for (const run of limited) {
			expect(run.result.items.map((item) => item.json.reference)).toEqual(vacancies.slice(0, 7).map((vacancy) => vacancy.reference));
			expect(run.offsets).toEqual(['0', '4']);
		}
		const wanted = [vacancies[1].reference, vacancies[8].reference];
		const filtered = await inEveryFormat({ resource: 'vacancy', operation: 'getAll', returnAll: true, filters: { references: wanted.join(', ') } }, 'vacancies');
		for (const run of filtered) expect(run.result.items.map((item) => item.json.reference)).toEqual(wanted);
	});

	it('candidates with every attachment: the same JSON and byte-identical files in every format', async () => {
		const runs = await inEveryFormat({ resource: 'candidate', operation: 'getAll', returnAll: true, attachments: 'all' }, 'candidates', 4);
		const stored = await cegid.control.cegidCandidates();
		const expectedFiles = await filesOf(runs[0].result);
		expect(expectedFiles.flatMap((files) => Object.keys(files))).toHaveLength((await cegid.control.cegidState()).counts.attachments);
		const first = stored[0];
		const firstFile = await cegid.control.cegidAttachment(first.id, first.attachments[0].id);
		expect(expectedFiles[0].attachment_0.split('|')[2]).toBe(firstFile.bytes.toString('base64'));
		for (const run of runs) {
			expect(run.result.items.map((item) => (item.json.candidateDetail as { id: string }).id)).toEqual(stored.map((candidate) => candidate.id));
			// The base64 content of a JSON export is output as binary data only, never in the item's JSON.
			expect(run.result.items.map((item) => item.json)).toEqual(runs[0].result.items.map((item) => item.json));
			expect(JSON.stringify(run.result.items.map((item) => item.json))).not.toContain(firstFile.bytes.toString('base64').slice(0, 40));
			expect(await filesOf(run.result)).toEqual(expectedFiles);
			expect(run.offsets).toEqual(['0', '3', '6', '8']);
		}
	});

	it('candidates with Limit, Resumes only, and an id filter: the same in every format', async () => {
		const stored = await cegid.control.cegidCandidates();
		const runs = await inEveryFormat(
			{ resource: 'candidate', operation: 'getAll', returnAll: false, limit: 3, attachments: 'resume', filters: { ids: [stored[2].id, stored[3].id, stored[5].id, stored[6].id].join(', ') } },
			'candidates',
		);
		for (const run of runs) {
			expect(run.result.items.map((item) => (item.json.candidateDetail as { id: string }).id)).toEqual([stored[2].id, stored[3].id, stored[5].id]);
			expect(run.result.items.map((item) => Object.keys(item.binary ?? {}))).toEqual([['attachment_0'], ['attachment_0'], ['attachment_0']]);
			expect(await filesOf(run.result)).toEqual(await filesOf(runs[0].result));
		}
	});

	it('a JSON answer that is not Cegid’s export fails the item, naming the page', async () => {
		await cegid.control.fault({ provider: 'cegid', pathContains: '/exports/v1/vacancies', status: 200, count: 1, body: { message: 'maintenance', items: 3 } });
		const result = await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: true });
		expect(result.error?.message).toBe(
			`GET /api/exports/v1/vacancies page at offset 0 answered with JSON that is not Cegid's export (an object with message, items; expected an array of records or {"data": [...]}), not Cegid Recruiting's list`,
		);
		await cegid.control.fault({ provider: 'cegid', pathContains: '/exports/v1/candidates', status: 200, count: 1, body: [{ candidateDetail: { id: '_TS-1' } }, { id: 'x' }] });
		const candidates = await cegid.run({ resource: 'candidate', operation: 'getAll', returnAll: true });
		expect(candidates.error?.message).toBe(
			`GET /api/exports/v1/candidates page at offset 0 answered with JSON that is not Cegid's export (record 2 is an object with id, not an applicant detail with a candidateDetail), not Cegid Recruiting's list`,
		);
	});

	it('an attachment whose JSON content is not base64 fails the item rather than output a damaged file', async () => {
		await cegid.control.fault({
			provider: 'cegid',
			pathContains: '/exports/v1/candidates',
			status: 200,
			count: 1,
			body: [{ candidateDetail: { id: '_TS-1' }, attachments: [{ id: 'a1', isResume: true, filename: 'cv.pdf', content: 'not base64 at all!' }] }],
		});
		const result = await cegid.run({ resource: 'candidate', operation: 'getAll', returnAll: true, attachments: 'all' });
		expect(result.error?.message).toBe(
			`GET /api/exports/v1/candidates page at offset 0 answered with JSON whose record 1 is unreadable: attachment "a1" has a "content" that is not base64, not Cegid Recruiting's list`,
		);
	});
});

describe('Cegid Resumes when the server sends every attachment', () => {
	it.each(FORMATS)('Resumes outputs only the attachments marked isResume (%s)', async (_name, format) => {
		await cegid.control.config({ cegid: { ...format, ignoreAttachmentType: true } });
		const result = await cegid.run({ resource: 'candidate', operation: 'getAll', returnAll: true, attachments: 'resume', binaryPrefix: 'cv' });
		expect(result.error).toBeUndefined();
		const stored = await cegid.control.cegidCandidates();
		// The sandbox did send the cover letters: some candidates have two attachments.
		expect(stored.some((candidate) => candidate.attachments.length > 1)).toBe(true);
		for (const [index, candidate] of stored.entries()) {
			const resume = candidate.attachments.find((attachment) => attachment.isResume)!;
			expect(Object.keys(result.items[index].binary ?? {})).toEqual(['cv_0']);
			expect(result.items[index].binary!.cv_0.fileName).toBe(resume.filename);
			expect((await result.binary(index, 'cv_0')).equals((await cegid.control.cegidAttachment(candidate.id, resume.id)).bytes)).toBe(true);
			expect(result.items[index].json.attachments).toHaveLength(candidate.attachments.length);
		}
		expect(exportCalls(await cegid.control.requests('cegid'), 'candidates')[0].query.attachmenttype).toBe('resume');
	});

	it.each(FORMATS)('All Attachments still outputs every file, and None none (%s)', async (_name, format) => {
		await cegid.control.config({ cegid: { ...format, ignoreAttachmentType: true } });
		const all = await cegid.run({ resource: 'candidate', operation: 'getAll', returnAll: true, attachments: 'all' });
		const counted = all.items.reduce((sum, item) => sum + Object.keys(item.binary ?? {}).length, 0);
		expect(counted).toBe((await cegid.control.cegidState()).counts.attachments);
		const none = await cegid.run({ resource: 'candidate', operation: 'getAll', returnAll: true });
		expect(none.items.every((item) => item.binary === undefined)).toBe(true);
	});
});
