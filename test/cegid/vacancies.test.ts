import { exportCalls, startCegid, type CegidFixture } from './fixture';

let cegid: CegidFixture;
beforeAll(async () => {
	cegid = await startCegid({ vacancies: 250, candidates: 3 });
});
afterAll(async () => await cegid.close());
beforeEach(async () => {
	await cegid.control.config({ cegid: { zipCompression: 'mixed' } });
	await cegid.control.clearRequests();
});

async function exportRequests() {
	return exportCalls(await cegid.control.requests('cegid'), 'vacancies');
}

describe('Cegid vacancies: Get Many', () => {
	it('Return All reads every page until the empty one and returns every vacancy once, in order', async () => {
		const result = await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: true, simplify: false });
		expect(result.error).toBeUndefined();
		const expected = await cegid.control.cegidVacancies();
		expect(result.items.map((item) => item.json.reference)).toEqual(expected.map((vacancy) => vacancy.reference));
		expect(result.items[0].json).toEqual(
			expect.objectContaining({ reference: expected[0].reference, modificationDate: expected[0].modificationDate, jobDescription: expect.any(Object) }),
		);
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		const pages = await exportRequests();
		expect(pages.map((page) => [page.query.offset, page.query.limit])).toEqual([
			['0', '100'],
			['99', '100'],
			['198', '100'],
			['249', '100'],
		]);
	});

	it('Limit asks only for what it needs', async () => {
		const result = await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: false, limit: 130 });
		expect(result.items).toHaveLength(130);
		expect((await exportRequests()).map((page) => [page.query.offset, page.query.limit])).toEqual([
			['0', '100'],
			['99', '31'],
		]);
	});

	it('Simplify keeps reference, title, status, dates, location, contract type and organisation', async () => {
		const result = await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: false, limit: 1, simplify: true });
		expect(Object.keys(result.items[0].json).sort()).toEqual(
			['contractType', 'country', 'creationDate', 'location', 'modificationDate', 'organisation', 'reference', 'status', 'statusId', 'title'].sort(),
		);
		expect(result.items[0].json.title).toEqual(expect.any(String));
	});

	it('reads stored and deflated ZIP entries alike', async () => {
		const outputs: unknown[] = [];
		for (const zipCompression of ['store', 'deflate', 'mixed'] as const) {
			await cegid.control.config({ cegid: { zipCompression } });
			const result = await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: false, limit: 40, simplify: false });
			expect(result.error).toBeUndefined();
			outputs.push(result.items.map((item) => item.json));
		}
		expect(outputs[1]).toEqual(outputs[0]);
		expect(outputs[2]).toEqual(outputs[0]);
	});

	it('builds Cegid’s filter from the fields and returns what the sandbox holds for it', async () => {
		const all = await cegid.control.cegidVacancies();
		const references = [all[3], all[10], all[42], all[77]].map((vacancy) => vacancy.reference);
		const result = await cegid.run({
			resource: 'vacancy',
			operation: 'getAll',
			returnAll: true,
			filters: { references: references.join(', '), updatedAfter: '2000-01-01T00:00:00.000+02:00' },
		});
		expect(result.items.map((item) => item.json.reference)).toEqual(references);
		expect((await exportRequests())[0].query.filter).toBe(`reference::${references.join(',')}|updateDate:gt:2000-01-01T00:00:00`);
	});

	it('filters by status and chrono number for incremental reads', async () => {
		const all = await cegid.control.cegidVacancies();
		const after = all[200].chronoNumber;
		const expected = all.filter((vacancy) => vacancy.chronoNumber > after && ['Published', 'Suspended'].includes(vacancy.status));
		const result = await cegid.run({
			resource: 'vacancy',
			operation: 'getAll',
			returnAll: true,
			filters: { statuses: ['Published', 'Suspended'], chronoNumberAfter: after },
		});
		expect(result.items.map((item) => item.json.reference)).toEqual(expected.map((vacancy) => vacancy.reference));
		expect(expected.length).toBeGreaterThan(0);
	});

	it('refuses a bad date before any request, naming the field and the item', async () => {
		const result = await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: true, filters: { updatedBefore: 'last tuesday' } });
		expect(result.error?.message).toBe('Invalid "Updated Before" in item 0: "last tuesday" is not an ISO 8601 date');
		expect(result.error?.description).toMatch(/ISO 8601/);
		expect(await cegid.control.requests('cegid')).toEqual([]);
	});

	it('refuses a reference that would break the filter syntax', async () => {
		const result = await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: true, filters: { references: ['2019-01', 'A|B'] } });
		expect(result.error?.message).toBe('Invalid "References" in item 0: "A|B" contains "," or "|", which Cegid\'s filter syntax reserves');
		expect(await exportRequests()).toEqual([]);
	});

	it('passes Cegid’s own explanation of a raw filter it refuses', async () => {
		const result = await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: true, filters: { rawFilter: 'salary:gt:1000' } });
		expect(result.error?.message).toBe(
			'Cegid Recruiting rejected the request (400): The request is invalid: filter field "salary" cannot be filtered on; use one of reference, vacancyStatus, clientVacancyStatus, updateDate, chronoNumber',
		);
	});
});

describe('Cegid vacancies: corrupt export pages', () => {
	it.each([
		['truncated', 'mixed', /: record 40 of the page \(export position 39\): declares \d+ bytes but only \d+ remain/],
		['badLength', 'mixed', /: record 40 of the page \(export position 39\): declares 4294967280 bytes but only \d+ remain/],
		['notZip', 'mixed', /: record 40 of the page \(export position 39\): no ZIP end-of-central-directory record found/],
		['badCrc', 'store', /: record 40 of the page \(export position 39\): entry "offerdetail" fails its CRC-32 check/],
		['badCrc', 'deflate', /: record 40 of the page \(export position 39\): entry "offerdetail" (does not inflate|fails its CRC-32 check)/],
	] as const)('a %s page (%s entries) is reported as a clear error, not a crash', async (kind, zipCompression, problem) => {
		await cegid.control.config({ cegid: { zipCompression } });
		await cegid.control.cegidExportFault({ resource: 'vacancies', kind });
		const result = await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: false, limit: 40 });
		expect(result.error?.message).toMatch(/^Cegid sent a corrupt export page at offset 0: /);
		expect(result.error?.message).toMatch(problem);
		expect(result.error?.description).toMatch(/length-prefixed ZIP archives/);
	});

	it('with Continue On Fail the item carries the error and the next run reads the page again', async () => {
		await cegid.control.cegidExportFault({ resource: 'vacancies', kind: 'notZip' });
		const failed = await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: false, limit: 10 }, { continueOnFail: true });
		expect(failed.items).toHaveLength(1);
		expect(failed.items[0].json.error).toMatch(/^Cegid sent a corrupt export page/);
		const retried = await cegid.run({ resource: 'vacancy', operation: 'getAll', returnAll: false, limit: 10 });
		expect(retried.items).toHaveLength(10);
	});
});
