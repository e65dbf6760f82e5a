import { operationFields, PROVIDERS, startProvider, type ProviderFixture } from './providers';

/** Limits that used to return nothing, silently. */
const BAD_LIMITS: unknown[] = [-5, 0, 'abc', 2.5, '', '-1', null, '1e400'];

const listOperations = operationFields((field) => field.name === 'limit');

it('finds every list operation (each one with a Limit) in the node descriptions', () => {
	expect(listOperations.length).toBeGreaterThanOrEqual(14);
	for (const provider of PROVIDERS) expect(listOperations.some((entry) => entry.provider === provider)).toBe(true);
});

describe.each(PROVIDERS)('%s: Limit', (provider) => {
	let fixture: ProviderFixture;
	beforeAll(async () => {
		fixture = await startProvider(provider);
	});
	afterAll(async () => await fixture.close());

	const operations = listOperations.filter((entry) => entry.provider === provider);
	it.each(operations.map((entry) => [`${entry.resource}/${entry.operation}`, entry] as const))(
		'%s refuses a Limit that is not a whole number of 1 or more, naming the field and item; nothing is sent',
		async (_, entry) => {
			await fixture.control.clearRequests();
			const result = await fixture.run(
				{ resource: entry.resource, operation: entry.operation, ...entry.required, returnAll: false, limit: '={{ $json.limit }}' },
				{ inputItems: BAD_LIMITS.map((limit) => ({ json: { limit } as never })), continueOnFail: true },
			);
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => String(item.json.error))).toEqual(BAD_LIMITS.map((_, index) => expect.stringContaining(`Invalid "Limit" in item ${index}`)));
			expect(await fixture.control.requests()).toEqual([]);
		},
	);

	it.each(operations.map((entry) => [`${entry.resource}/${entry.operation}`, entry] as const))('%s still takes a Limit of 1 (also as text)', async (_, entry) => {
		const result = await fixture.run(
			{ resource: entry.resource, operation: entry.operation, ...entry.required, returnAll: false, limit: '={{ $json.limit }}' },
			{ inputItems: [{ json: { limit: 1 } }, { json: { limit: ' 1 ' } }], continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		for (const item of result.items) expect(String(item.json.error ?? '')).not.toContain('"Limit"');
		for (const input of [0, 1]) {
			expect(result.items.filter((item) => (item.pairedItem as { item: number } | undefined)?.item === input).length).toBeLessThanOrEqual(1);
		}
	});
});
