import { exportCalls, startCegid, type CegidFixture } from './fixture';

let cegid: CegidFixture;
beforeAll(async () => {
	cegid = await startCegid({ vacancies: 5, candidates: 14 });
});
afterAll(async () => await cegid.close());
beforeEach(async () => {
	await cegid.control.config({ cegid: { zipCompression: 'mixed', maxPageSize: 100 } });
	await cegid.control.clearRequests();
});

async function exportRequests() {
	return exportCalls(await cegid.control.requests('cegid'), 'candidates');
}

describe('Cegid candidates: Get Many', () => {
	it('every attachment arrives as binary data byte-identical to Cegid’s file, with its name and type', async () => {
		const result = await cegid.run({ resource: 'candidate', operation: 'getAll', returnAll: true, attachments: 'all' });
		expect(result.error).toBeUndefined();
		const candidates = await cegid.control.cegidCandidates();
		expect(result.items.map((item) => (item.json.candidateDetail as { id: string }).id)).toEqual(candidates.map((candidate) => candidate.id));
		let files = 0;
		for (const [index, candidate] of candidates.entries()) {
			const item = result.items[index];
			expect(Object.keys(item.binary ?? {})).toEqual(candidate.attachments.map((_, position) => `attachment_${position}`));
			for (const [position, attachment] of candidate.attachments.entries()) {
				const property = `attachment_${position}`;
				const stored = await cegid.control.cegidAttachment(candidate.id, attachment.id);
				expect((await result.binary(index, property)).equals(stored.bytes)).toBe(true);
				expect(item.binary![property]).toEqual(expect.objectContaining({ fileName: attachment.filename, mimeType: attachment.mimeType }));
				expect((item.json.attachments as Array<{ id: string; binaryProperty: string }>)[position]).toEqual(
					expect.objectContaining({ id: attachment.id, binaryProperty: property }),
				);
				files++;
			}
		}
		expect(files).toBe((await cegid.control.cegidState()).counts.attachments);
		expect((await exportRequests())[0].query.attachmenttype).toBe('all');
	});

	it('Resumes downloads only the resumes; the other attachments stay listed without binary data', async () => {
		const result = await cegid.run({ resource: 'candidate', operation: 'getAll', returnAll: true, attachments: 'resume', binaryPrefix: 'cv' });
		const candidates = await cegid.control.cegidCandidates();
		for (const [index, candidate] of candidates.entries()) {
			const resume = candidate.attachments.find((attachment) => attachment.isResume)!;
			expect(Object.keys(result.items[index].binary ?? {})).toEqual(['cv_0']);
			expect((await result.binary(index, 'cv_0')).equals((await cegid.control.cegidAttachment(candidate.id, resume.id)).bytes)).toBe(true);
			expect(result.items[index].json.attachments).toHaveLength(candidate.attachments.length);
		}
		expect((await exportRequests())[0].query.attachmenttype).toBe('resume');
	});

	it('without attachments no file is downloaded', async () => {
		const result = await cegid.run({ resource: 'candidate', operation: 'getAll', returnAll: true });
		expect(result.items).toHaveLength(14);
		expect(result.items.every((item) => item.binary === undefined)).toBe(true);
		expect((await exportRequests())[0].query.attachmenttype).toBeUndefined();
	});

	it('pages through candidates with several records per page', async () => {
		await cegid.control.config({ cegid: { maxPageSize: 5 } });
		const result = await cegid.run({ resource: 'candidate', operation: 'getAll', returnAll: true, attachments: 'resume' });
		expect(result.items.map((item) => (item.json.candidateDetail as { id: string }).id)).toEqual((await cegid.control.cegidCandidates()).map((candidate) => candidate.id));
		expect((await exportRequests()).map((page) => page.query.offset)).toEqual(['0', '4', '8', '12', '13']);
	});

	it('filters by ids, email and update date', async () => {
		const candidates = await cegid.control.cegidCandidates();
		const byIds = await cegid.run({ resource: 'candidate', operation: 'getAll', returnAll: true, filters: { ids: `${candidates[2].id}, ${candidates[9].id}` } });
		expect(byIds.items.map((item) => (item.json.candidateDetail as { id: string }).id)).toEqual([candidates[2].id, candidates[9].id]);
		const byEmail = await cegid.run({ resource: 'candidate', operation: 'getAll', returnAll: true, filters: { email: candidates[5].email } });
		expect(byEmail.items.map((item) => (item.json.candidateDetail as { id: string }).id)).toEqual([candidates[5].id]);
		const since = [...candidates].sort((a, b) => a.updateDate.localeCompare(b.updateDate))[7].updateDate;
		const recent = await cegid.run({ resource: 'candidate', operation: 'getAll', returnAll: true, filters: { updatedAfter: since } });
		expect(recent.items.map((item) => (item.json.candidateDetail as { id: string }).id)).toEqual(
			candidates.filter((candidate) => candidate.updateDate > since).map((candidate) => candidate.id),
		);
		const filters = [`id::${candidates[2].id},${candidates[9].id}`, `email::${candidates[5].email}`, `updateDate:gt:${since}`];
		// Each run reads its page, then the page one record before the end: it holds only a record already read, which ends the export.
		expect((await exportRequests()).map((page) => [page.query.filter, page.query.offset])).toEqual(
			filters.flatMap((filter, run) => [
				[filter, '0'],
				[filter, String([2, 1, recent.items.length][run] - 1)],
			]),
		);
	});

	it('refuses an email list before any request', async () => {
		const result = await cegid.run({ resource: 'candidate', operation: 'getAll', returnAll: true, filters: { email: 'a@b.c, d@e.f' } });
		expect(result.error?.message).toBe('Invalid "Email" in item 0: "a@b.c, d@e.f" is not one email address');
		expect(await exportRequests()).toEqual([]);
	});

	it('a corrupt candidate archive is reported, naming the broken entry', async () => {
		await cegid.control.config({ cegid: { zipCompression: 'store' } });
		await cegid.control.cegidExportFault({ resource: 'candidates', kind: 'badCrc' });
		const result = await cegid.run({ resource: 'candidate', operation: 'getAll', returnAll: false, limit: 3, attachments: 'all' });
		expect(result.error?.message).toMatch(/^Cegid sent a corrupt export page at offset 0: record 3 of the page \(export position 2\): entry "applicantdetail" fails its CRC-32 check$/);
	});
});
