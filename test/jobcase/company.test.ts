import { companyFromItem, items, startJobcase, validCompany, type JobcaseFixture } from './fixture';

let jobcase: JobcaseFixture;
beforeAll(async () => {
	jobcase = await startJobcase({ companies: 3 });
});
afterAll(async () => await jobcase.close());

describe('Jobcase companies', () => {
	it('creates a company with contact and sales rep, and the partner ID comes from the credential', async () => {
		const result = await jobcase.run({
			resource: 'company',
			operation: 'create',
			...validCompany('create'),
			companyContact: { person: { firstName: 'Jack', lastName: 'Sparrow', email: 'jack@acme.example.com' } },
			salesRep: { person: { firstName: 'Sales', lastName: 'Rep', email: 'rep@acme.example.com' } },
		});
		expect(result.error).toBeUndefined();
		const [company] = result.items;
		expect(company.json).toMatchObject({ partnerId: 1, partnerCompanyId: 'acme-create', companyState: 'CA' });
		expect(company.json.companyContact).toMatchObject({ email: 'jack@acme.example.com' });
		expect(company.pairedItem).toEqual({ item: 0 });
		const state = await jobcase.control.jobcaseState();
		expect(state.companies.some((entry: { partnerCompanyId: string }) => entry.partnerCompanyId === 'acme-create')).toBe(true);
	});

	it('gets one company and lists them all', async () => {
		const all = await jobcase.run({ resource: 'company', operation: 'getAll', returnAll: true });
		const state = await jobcase.control.jobcaseState();
		expect(all.items.map((item) => item.json.id)).toEqual(state.companies.map((company: { id: number }) => company.id));
		const one = await jobcase.run({ resource: 'company', operation: 'get', companyId: all.items[0].json.id });
		expect(one.items[0].json).toEqual(all.items[0].json);
	});

	it('updates a company', async () => {
		const created = await jobcase.run({ resource: 'company', operation: 'create', ...validCompany('update') });
		const id = created.items[0].json.id;
		const updated = await jobcase.run({
			resource: 'company',
			operation: 'update',
			companyId: id,
			...validCompany('update'),
			companyCity: 'Oakland',
		});
		expect(updated.items[0].json).toMatchObject({ id, companyCity: 'Oakland' });
		const requests = await jobcase.control.requests('jobcase');
		expect(requests.at(-1)).toMatchObject({ method: 'PUT', path: `/company/${id}/`, status: 200 });
	});

	it('uploads a logo from a binary property, byte for byte', async () => {
		const logo = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + 'ff'.repeat(64), 'hex');
		const result = await jobcase.run(
			{ resource: 'company', operation: 'uploadLogo', companyId: 1, binaryPropertyName: 'logo' },
			{ inputItems: [{ json: {}, binary: { logo: { data: logo.toString('base64'), mimeType: 'image/png', fileName: 'acme.png' } } }] },
		);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ success: true, companyId: 1 });
		const stored = await jobcase.control.jobcaseLogo(1);
		expect(stored.contentType).toBe('image/png');
		expect(stored.bytes.equals(logo)).toBe(true);
	});

	it('says which binary property is missing instead of sending an empty upload', async () => {
		const result = await jobcase.run({ resource: 'company', operation: 'uploadLogo', companyId: 1, binaryPropertyName: 'logo' });
		expect(result.error?.message).toMatch(/"Input Binary Field" in item 0: no binary property named "logo"/);
	});

	it('Create or Update run twice with the same Partner Company ID leaves exactly one company, updated', async () => {
		const run = (city: string) =>
			jobcase.run(
				{ resource: 'company', operation: 'upsert', ...companyFromItem },
				{ inputItems: items(1, () => ({ ...validCompany('upsert'), companyCity: city })) },
			);
		const first = await run('Boston');
		const second = await run('Denver');
		expect(first.error).toBeUndefined();
		expect(second.items[0].json.id).toBe(first.items[0].json.id);
		const state = await jobcase.control.jobcaseState();
		const matches = state.companies.filter((company: { partnerCompanyId: string }) => company.partnerCompanyId === 'acme-upsert');
		expect(matches).toHaveLength(1);
		expect(matches[0].companyCity).toBe('Denver');
	});

	it('Create or Update over many items lists companies once, creates new ones and updates repeats', async () => {
		await jobcase.control.clearRequests();
		const inputItems = items(6, (index) => validCompany(`bulk-${index % 3}`));
		const result = await jobcase.run({ resource: 'company', operation: 'upsert', ...companyFromItem }, { inputItems });
		expect(result.items).toHaveLength(6);
		expect(result.items.map((item) => item.pairedItem)).toEqual([0, 1, 2, 3, 4, 5].map((item) => ({ item })));
		const requests = await jobcase.control.requests('jobcase');
		expect(requests.filter((request) => request.method === 'GET')).toHaveLength(1);
		expect(requests.filter((request) => request.method === 'POST')).toHaveLength(3);
		expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(3);
	});

	it('refuses bad input before sending, naming the field, the item and the fix', async () => {
		await jobcase.control.clearRequests();
		const inputItems = [{ json: validCompany('ok') }, { json: { ...validCompany('bad'), companyState: 'California' } }];
		const result = await jobcase.run({ resource: 'company', operation: 'create', ...companyFromItem }, { inputItems });
		expect(result.error?.message).toBe(
			'Invalid input in item 1: "State" (companyState) must be exactly 2 letters, the state abbreviation, e.g. "CA"',
		);
		const posts = (await jobcase.control.requests('jobcase')).filter((request) => request.method === 'POST');
		expect(posts).toHaveLength(1);
	});

	it('with Continue On Fail, bad items become error items and the others go through', async () => {
		const inputItems = [
			{ json: validCompany('cof-1') },
			{ json: { ...validCompany('cof-2'), companyUrl: 'not a url' } },
			{ json: { ...validCompany('cof-3'), companyZipCode: '12' } },
			{ json: validCompany('cof-4') },
		];
		const result = await jobcase.run({ resource: 'company', operation: 'create', ...companyFromItem }, { inputItems, continueOnFail: true });
		expect(result.items).toHaveLength(4);
		expect(result.items[0].json.id).toBeDefined();
		expect(result.items[1].json.error).toMatch(/item 1: "Company URL" \(companyUrl\) must be a full URL/);
		expect(result.items[2].json.error).toMatch(/item 2: "Zip Code" \(companyZipCode\) must be 5 to 7 characters/);
		expect(result.items[3].json.id).toBeDefined();
		expect(result.items.map((item) => item.pairedItem)).toEqual([0, 1, 2, 3].map((item) => ({ item })));
	});

	it('turns the provider’s own validation answer into an API error with its words', async () => {
		const first = await jobcase.run({ resource: 'company', operation: 'create', ...validCompany('dup') });
		expect(first.error).toBeUndefined();
		const second = await jobcase.run({ resource: 'company', operation: 'create', ...validCompany('dup') });
		expect(second.error?.message).toMatch(/^Jobcase rejected the request \(400\): partnerCompanyId: .*already exists/);
		expect(second.error?.description).toMatch(/POST \/company\//);
	});

	it('parallel Create or Update runs with the same Partner Company ID leave one company, created once and then updated', async () => {
		await jobcase.control.clearRequests();
		const runs = await Promise.all(
			Array.from({ length: 5 }, async (_, run) =>
				await jobcase.run({ resource: 'company', operation: 'upsert', ...validCompany('parallel'), companyName: `Acme parallel ${run}` }),
			),
		);

		for (const result of runs) expect(result.error).toBeUndefined();
		const ids = new Set(runs.map((result) => result.items[0].json.id));
		expect(ids.size).toBe(1);
		const state = await jobcase.control.jobcaseState();
		expect(state.companies.filter((company: { partnerCompanyId: string }) => company.partnerCompanyId === 'acme-parallel')).toHaveLength(1);
		// Serialised: one create and four updates, not five creates of which four are refused as duplicates.
		const writes = (await jobcase.control.requests('jobcase')).filter((request) => request.method !== 'GET');
		expect(writes.map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual([
			'POST /company/ 201',
			...Array.from({ length: 4 }, () => `PUT /company/${String([...ids][0])}/ 200`),
		]);
	});
});
