import type { INodeExecutionData } from 'n8n-workflow';

import type { SandboxControl } from '../../sandbox/client';
import { startCegid } from '../cegid/fixture';
import type { RunNodeResult } from '../harness';
import { startJobcase } from '../jobcase/fixture';
import { startJobtrain } from '../jobtrain/fixture';
import { startNhsJob } from '../nhsjob/fixture';

/** Paths that would leave the Base URL's path (or host) once an HTTP client or server normalises them. */
const HOSTILE_PATHS = [
	'/..',
	'/../',
	'/job/../..',
	'/job/../../other',
	'/.',
	'/./job/',
	'/%2e%2e/',
	'/%2E%2E/',
	'/%2e./',
	'/.%2E/',
	'/%252e%252e/',
	'/%25252e%25252e/',
	'/job\\..\\..',
	'/job%5c..%5c..',
	'/job%5C%2e%2e',
	'/job%2f..%2f..',
	'/job%2F%2e%2e%2F%2e%2e',
	'/job/%2e%2e%252f%2e%2e',
	'/job/ .. /',
	'//evil.example/steal',
	'/%2f%2fevil.example/steal',
	'/\\evil.example/steal',
	'https://evil.example/steal',
	'job/',
	'',
	'   ',
];

type Fixture = {
	control: SandboxControl;
	run(parameters: Record<string, unknown>, options: { inputItems: INodeExecutionData[]; continueOnFail: boolean }): Promise<RunNodeResult>;
	close(): Promise<void>;
};

const providers: Record<string, { start: () => Promise<Fixture>; safePath: string }> = {
	jobcase: { start: async () => await startJobcase({ companies: 1 }), safePath: '/company/' },
	jobtrain: { start: async () => await startJobtrain({ jobs: 1 }), safePath: '/jobs' },
	cegid: { start: async () => await startCegid(), safePath: '/api/v1/referentials/countries' },
	nhsjob: {
		start: async () => {
			const fixture = await startNhsJob({ jobs: 1 });
			return { control: fixture.control, run: async (parameters, options) => await fixture.run(parameters, options), close: fixture.close };
		},
		safePath: '/jobs',
	},
};

describe.each(Object.keys(providers))('%s Custom API Call', (name) => {
	let fixture: Fixture;
	beforeAll(async () => {
		fixture = await providers[name].start();
	});
	afterAll(async () => await fixture.close());

	it.each(['GET', 'DELETE', 'POST'])('%s: refuses every path that could leave the Base URL, naming the field and item; nothing is sent', async (method) => {
		await fixture.control.clearRequests();
		const result = await fixture.run(
			{ resource: 'customApiCall', operation: 'call', method, path: '={{ $json.path }}' },
			{ inputItems: HOSTILE_PATHS.map((path) => ({ json: { path } })), continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(HOSTILE_PATHS.length);
		result.items.forEach((item, index) => {
			expect(String(item.json.error)).toContain(`Invalid "Path" in item ${index}`);
		});
		expect(await fixture.control.requests()).toEqual([]);
	});

	it('sends braces in a path as they are, not as placeholders', async () => {
		await fixture.control.clearRequests();
		await fixture.run({ resource: 'customApiCall', operation: 'call', method: 'GET', path: '/x/{jobId}' }, { inputItems: [{ json: {} }], continueOnFail: true });
		const paths = (await fixture.control.requests()).map((request) => request.path);
		expect(paths.filter((path) => path.endsWith('/x/%7BjobId%7D') || path.endsWith('/x/{jobId}'))).toHaveLength(1);
	});

	it('still sends a plain path below the Base URL', async () => {
		await fixture.control.clearRequests();
		const result = await fixture.run(
			{ resource: 'customApiCall', operation: 'call', method: 'GET', path: providers[name].safePath },
			{ inputItems: [{ json: {} }], continueOnFail: false },
		);
		expect(result.error).toBeUndefined();
		const paths = (await fixture.control.requests()).map((request) => request.path);
		expect(paths.filter((path) => path.endsWith(providers[name].safePath))).toHaveLength(1);
	});
});
