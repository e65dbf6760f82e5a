import { idFieldsOf, withParameter } from '../harness/idFields';
import { startJobcase, validCompany, validJob, type JobcaseFixture } from './fixture';

/**
 * Jobcase IDs are positive whole numbers. Every ID field of the node (each resource locator, found in the node's
 * properties) takes a positive safe integer or text of decimal digits, and refuses anything else before a request is
 * sent, with an error naming the field and the item: no value is coerced into another record's ID ("0x10" is not 16,
 * "1e1" not 10, true not 1, [3] not 3).
 */
let jobcase: JobcaseFixture;
let campaignId: number;
beforeAll(async () => {
	jobcase = await startJobcase({ jobs: 20, companies: 3, campaigns: 2 });
	[campaignId] = (await jobcase.control.jobcaseState()).campaignIds;
});
afterAll(async () => await jobcase.close());

const HOSTILE: Array<[string, unknown]> = [
	['hex text', '0x10'],
	['exponent text', '1e1'],
	['binary text', '0b11'],
	['true', true],
	['a list of a number', [3]],
	['a list of text', ['4']],
	['an object', { a: 1 }],
	['a decimal fraction', '5.0'],
	['a fraction', 1.5],
	['a negative number', -1],
	['Infinity as text', 'Infinity'],
	['an unsafe integer as text', '9007199254740993'],
	['an unsafe integer', 2 ** 53 + 2],
	['digits then text', ' 12 x'],
];

const base = (resource: string, operation: string) => ({
	resource,
	operation,
	...validJob('AD-IDS'),
	...validCompany('ids'),
	name: 'Campaign for IDs',
	budget: 15,
	products: ['college'],
	binaryPropertyName: 'logo',
	returnAll: true,
	jobId: 2,
	campaignId,
});

describe('every Jobcase ID field refuses values that are not a positive whole number', () => {
	it('finds the ID fields in the node’s properties', async () => {
		const fields = await idFieldsOf('jobcase');
		expect(fields.map((field) => field.path)).toEqual(expect.arrayContaining(['jobId', 'companyId', 'campaignId', 'additionalFields.campaignId', 'filters.jobId']));
	});

	it('each field, each hostile value (from an expression, which n8n does not check): an input error naming field and item, nothing sent', async () => {
		for (const field of await idFieldsOf('jobcase')) {
			await jobcase.control.clearRequests();
			const parameters = withParameter(base(field.resource, field.operation), field.path, { __rl: true, mode: 'id', value: '={{ $json.v }}' });
			const inputItems = HOSTILE.map(([label, v]) => ({ json: { label, v } as never }));
			const result = await jobcase.run(parameters, { inputItems, continueOnFail: true });
			const errors = result.items.map((item, index) => ({ value: HOSTILE[index][0], error: String(item.json.error ?? 'none') }));
			expect({ field: `${field.resource}.${field.operation}.${field.path}`, errors }).toEqual({
				field: `${field.resource}.${field.operation}.${field.path}`,
				errors: HOSTILE.map(([value], index) => ({ value, error: expect.stringMatching(new RegExp(`^Invalid (input in item ${index}: )?"${field.label}"( in item ${index})?`)) })),
			});
			const sent = (await jobcase.control.requests('jobcase')).filter((request) => request.method !== 'GET' || /\/\d+\//.test(request.path) || Object.keys(request.query).some((key) => /Id$/.test(key)));
			expect({ field: field.path, sent }).toEqual({ field: field.path, sent: [] });
		}
	});

	it('a positive whole number, or its digits as text with spaces around, still reads that record', async () => {
		for (const value of [2, '2', ' 2 ', '0002']) {
			const result = await jobcase.run({ resource: 'job', operation: 'get', jobId: { __rl: true, mode: 'id', value } });
			expect({ value, error: result.error?.message, id: result.items[0]?.json.id }).toEqual({ value, error: undefined, id: 2 });
		}
	});

	it('a locator saved with a list as its value (value: [7]) is refused, not read as job 7', async () => {
		await jobcase.control.clearRequests();
		const result = await jobcase.run({ resource: 'job', operation: 'get', jobId: { __rl: true, mode: 'id', value: [7] } }, { continueOnFail: true });
		expect(String(result.items[0].json.error)).toBe('Invalid "Job ID" in item 0: [7] is not an ID; enter the positive whole number the provider assigned');
		expect(await jobcase.control.requests('jobcase')).toEqual([]);
	});

	it('Campaign Create refuses "0x1" in its list of job IDs instead of activating job 1', async () => {
		await jobcase.control.clearRequests();
		const result = await jobcase.run(
			{ resource: 'campaign', operation: 'create', companyId: 1, name: 'Hex', budget: 15, additionalFields: { jobs: '2, 0x1' } },
			{ continueOnFail: true },
		);
		expect(String(result.items[0].json.error)).toMatch(/^Invalid input in item 0: "Job IDs" \(jobs\.1\) must be the numeric job ID/);
		expect(await jobcase.control.requests('jobcase')).toEqual([]);
	});
});
