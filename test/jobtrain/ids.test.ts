import { idFieldsOf, withParameter } from '../harness/idFields';
import { apiCalls, startJobtrain, type JobtrainFixture } from './fixture';

/**
 * Jobtrain IDs are whole numbers or plain tokens (letters, digits, "-" and "_"). Every ID field of the node (each
 * resource locator, found in the node's properties) refuses anything else before a request is sent, and says what is
 * wrong: a list, an object or true/false is "not a Jobtrain ID", not "required".
 */
let jobtrain: JobtrainFixture;
beforeAll(async () => {
	jobtrain = await startJobtrain({ jobs: 5, applications: 10 });
});
afterAll(async () => await jobtrain.close());

const HOSTILE: Array<[string, unknown, RegExp]> = [
	['an object', { a: 1 }, /must be a Jobtrain ID: digits \(or letters, "-" and "_"\), not an object/],
	['a list', ['x1'], /must be a Jobtrain ID: digits \(or letters, "-" and "_"\), not a list/],
	['true', true, /must be a Jobtrain ID: digits \(or letters, "-" and "_"\), not true/],
	['false', false, /must be a Jobtrain ID: digits \(or letters, "-" and "_"\), not false/],
	['a fraction', 1.5, /must be a Jobtrain ID: digits \(or letters, "-" and "_"\), not the number 1\.5/],
	['a negative number', -1, /must be a Jobtrain ID: digits \(or letters, "-" and "_"\), not the number -1/],
	['a path', '12/../34', /"12\/\.\.\/34" is not a Jobtrain ID/],
	['a dot-dot', '..', /"\.\." is not a Jobtrain ID/],
];

const base = (resource: string, operation: string) => ({
	resource,
	operation,
	setting: 'department',
	name: 'IDs',
	jobId: '1',
	candidateId: '1',
	firstName: 'Ada',
	surname: 'Lovelace',
	email: 'ada@example.com',
	returnAll: true,
});

describe('every Jobtrain ID field says what is wrong with a value that is not an ID', () => {
	it('each field, each hostile value (from an expression): an input error naming field and item, nothing sent', async () => {
		const fields = await idFieldsOf('jobtrain');
		expect(fields.map((field) => field.path)).toEqual(expect.arrayContaining(['jobId', 'candidateId', 'filters.division', 'additionalFields.divisionId']));
		for (const field of fields) {
			await jobtrain.control.clearRequests();
			const parameters = withParameter(base(field.resource, field.operation), field.path, { __rl: true, mode: 'id', value: '={{ $json.v }}' });
			const inputItems = HOSTILE.map(([label, v]) => ({ json: { label, v } as never }));
			const result = await jobtrain.run(parameters, { inputItems, continueOnFail: true });
			const errors = result.items.map((item, index) => ({ value: HOSTILE[index][0], error: String(item.json.error ?? 'none') }));
			expect({ field: `${field.resource}.${field.operation}.${field.path}`, errors }).toEqual({
				field: `${field.resource}.${field.operation}.${field.path}`,
				errors: HOSTILE.map(([value, , problem], index) => ({
					value,
					error: expect.stringMatching(new RegExp(`^Invalid "${field.label}" in item ${index}: ${problem.source}`)),
				})),
			});
			expect({ field: field.path, sent: apiCalls(await jobtrain.requests()) }).toEqual({ field: field.path, sent: [] });
		}
	});

	it('a whole number or digits still read the record; nothing (null) is "required"', async () => {
		for (const value of ['={{ 2 }}', '={{ "2" }}', '={{ " 2 " }}']) {
			const result = await jobtrain.run({ resource: 'job', operation: 'get', jobId: { __rl: true, mode: 'id', value } });
			expect({ value, error: result.error?.message, id: result.items[0]?.json.jobId }).toEqual({ value, error: undefined, id: 2 });
		}
		const empty = await jobtrain.run({ resource: 'job', operation: 'get', jobId: { __rl: true, mode: 'id', value: '={{ null }}' } });
		expect(empty.error?.message).toBe('Invalid "Job" in item 0: is required');
	});
});
