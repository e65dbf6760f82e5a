import { idFieldsOf, withParameter } from '../harness/idFields';
import { startNhsJob, type NhsJobFixture } from './fixture';

/**
 * NHSJob IDs are text ("job_12345"). Every ID field of the node (each resource locator, found in the node's
 * properties) reads a whole number mapped from a previous node as its digits, and refuses other values with the
 * format, never with "must be text".
 */
let nhsjob: NhsJobFixture;
beforeAll(async () => {
	nhsjob = await startNhsJob();
	await nhsjob.control.config({ nhsjob: { apiKeyPermissions: ['read:jobs', 'write:applications'] } });
});
afterAll(async () => await nhsjob.close());

const HOSTILE: Array<[string, unknown]> = [
	['an object', { a: 1 }],
	['a list', ['x1']],
	['true', true],
	['a fraction', 1.5],
	['a negative number', -1],
	['an unsafe integer', 2 ** 53 + 2],
	['a dot-dot', '..'],
	['an encoded dot-dot', '%c0%ae%c0%ae'],
	['a path', 'a/b'],
];

const base = (resource: string, operation: string) => ({ resource, operation, candidateId: 'cand_54321', resumeUrl: 'https://cv.example.org/resume.pdf' });

describe('every NHSJob ID field', () => {
	it('refuses values that are not an NHSJob ID with the format, naming field and item; nothing is sent', async () => {
		const fields = await idFieldsOf('nhsJob');
		expect(fields.map((field) => field.path)).toContain('jobId');
		for (const field of fields) {
			await nhsjob.control.clearRequests();
			const parameters = withParameter(base(field.resource, field.operation), field.path, { __rl: true, mode: 'id', value: '={{ $json.v }}' });
			const inputItems = HOSTILE.map(([label, v]) => ({ json: { label, v } as never }));
			const result = await nhsjob.run(parameters, { inputItems, continueOnFail: true });
			const errors = result.items.map((item, index) => ({ value: HOSTILE[index][0], error: String(item.json.error ?? 'none') }));
			expect({ field: `${field.resource}.${field.operation}.${field.path}`, errors }).toEqual({
				field: `${field.resource}.${field.operation}.${field.path}`,
				errors: HOSTILE.map(([value], index) => ({
					value,
					error: expect.stringMatching(new RegExp(`^Invalid input in item ${index}: "${field.label}" \\(${field.path}\\) must be an NHSJob job ID made of letters, digits`)),
				})),
			});
			expect({ field: field.path, sent: await nhsjob.control.requests('nhsjob') }).toEqual({ field: field.path, sent: [] });
		}
	});

	it('reads a whole number as its digits (a numeric Job ID is not "must be text")', async () => {
		await nhsjob.control.clearRequests();
		const result = await nhsjob.run({ resource: 'job', operation: 'get', jobId: { __rl: true, mode: 'id', value: '={{ 12 }}' } }, { continueOnFail: true });
		expect(String(result.items[0].json.error ?? '')).not.toMatch(/^Invalid input/);
		expect((await nhsjob.control.requests('nhsjob')).map((request) => request.path)).toEqual(['/v1/jobs/12']);
		const empty = await nhsjob.run({ resource: 'job', operation: 'get', jobId: { __rl: true, mode: 'id', value: '={{ null }}' } }, { continueOnFail: true });
		expect(String(empty.items[0].json.error)).toBe('Invalid input in item 0: "Job" (jobId) is required: enter the NHSJob job ID, e.g. "job_12345"');
	});
});
