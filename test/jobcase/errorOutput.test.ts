import { randomUUID } from 'node:crypto';
import type { INode, INodeExecutionData } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { createSourceNode, loadPackage, runWorkflow } from '../harness';
import { companyFromItem, startJobcase, validCompany, type JobcaseFixture } from './fixture';

let jobcase: JobcaseFixture;
beforeAll(async () => {
	jobcase = await startJobcase({ companies: 1 });
});
afterAll(async () => await jobcase.close());
beforeEach(async () => {
	await jobcase.control.clearFaults();
	await jobcase.control.clearRequests();
});

const NODE_NAME = 'Create Companies';
const API_REFUSAL = 'Jobcase rejected the request (400): companyName: Company name is on the partner’s block list.';

/**
 * Three items through a Jobcase Company Create in a workflow: item 0 is invalid input (refused before any
 * request), item 1 gets a 400 from the provider, item 2 is created.
 */
async function createThreeCompanies(onError: INode['onError'], suffix: string): Promise<INodeExecutionData[][]> {
	await jobcase.control.fault({
		provider: 'jobcase',
		method: 'POST',
		pathContains: '/company/',
		status: 400,
		count: 1,
		body: { companyName: ['Company name is on the partner’s block list.'] },
	});
	const loaded = await loadPackage();
	const source = createSourceNode([
		{ json: { ...validCompany(`${suffix}-invalid`), companyState: 'California' } },
		{ json: validCompany(`${suffix}-refused`) },
		{ json: validCompany(`${suffix}-good`) },
	]);
	const create: INode = {
		id: randomUUID(),
		name: NODE_NAME,
		type: loaded.fullNodeType('jobcase'),
		typeVersion: loaded.latestVersion('jobcase'),
		position: [220, 0],
		parameters: { resource: 'company', operation: 'create', ...companyFromItem },
		onError,
	};
	const run = await runWorkflow(
		{
			nodes: [source, create],
			connections: { [source.name]: { main: [[{ node: NODE_NAME, type: NodeConnectionTypes.Main, index: 0 }]] } },
		},
		{ credentials: jobcase.credentials },
	);
	expect(run.data.resultData.error).toBeUndefined();
	const posts = (await jobcase.control.requests('jobcase')).filter((request) => request.method === 'POST');
	expect(posts.map((request) => request.status)).toEqual([400, 201]);
	return (run.data.resultData.runData[NODE_NAME]?.[0]?.data?.main ?? []).map((output) => output ?? []);
}

describe('Jobcase failures with Continue On Fail, as n8n routes them', () => {
	it('"Continue (using error output)": the success output has only the created company, the error output both failures', async () => {
		const [success, failed, ...more] = await createThreeCompanies('continueErrorOutput', 'error-output');
		expect(more).toEqual([]);

		expect(success).toHaveLength(1);
		expect(success[0].json).toMatchObject({ partnerCompanyId: 'acme-error-output-good' });
		expect(success[0].json.id).toBeDefined();
		expect(success[0].error).toBeUndefined();
		expect(success[0].pairedItem).toEqual({ item: 2 });

		// n8n keeps the error on the item and replaces its json with {error: <message>}.
		expect(failed.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		const invalidInput = 'Invalid input in item 0: "State" (companyState) must be exactly 2 letters, the state abbreviation, e.g. "CA"';
		expect(failed[0].json).toEqual({ error: invalidInput });
		expect(failed[0].error).toMatchObject({ name: 'NodeOperationError', message: invalidInput });
		expect(failed[1].json).toEqual({ error: API_REFUSAL });
		expect(failed[1].error).toMatchObject({ name: 'NodeApiError', message: API_REFUSAL, httpCode: '400' });
		expect(failed[1].error?.description).toMatch(/Request: POST \/company\/\.$/);
	});

	it('"Continue": all three come out of the main output in input order, the failures carrying their error in json', async () => {
		const outputs = await createThreeCompanies('continueRegularOutput', 'regular-output');
		expect(outputs).toHaveLength(1);
		const [main] = outputs;

		expect(main.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(main[0].json.error).toMatch(/^Invalid input in item 0: "State" \(companyState\)/);
		expect(main[1].json).toEqual({ error: API_REFUSAL, description: expect.stringMatching(/Request: POST \/company\/\.$/), httpCode: '400' });
		expect(main[2].json).toMatchObject({ partnerCompanyId: 'acme-regular-output-good' });
		expect(main[2].json.error).toBeUndefined();
		expect(main.map((item) => item.error)).toEqual([undefined, undefined, undefined]);
	});
});
