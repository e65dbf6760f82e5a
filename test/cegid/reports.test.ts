import { randomUUID } from 'node:crypto';
import type { INodeExecutionData } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { createSourceNode, loadPackage, runWorkflow } from '../harness';
import { items, startCegid, type CegidFixture } from './fixture';

let cegid: CegidFixture;
beforeAll(async () => {
	cegid = await startCegid({ vacancies: 3, candidates: 2 });
});
afterAll(async () => await cegid.close());
beforeEach(async () => await cegid.control.clearRequests());

const fromItem = {
	resource: 'report',
	operation: 'submit',
	id: '={{ $json.reference }}',
	date: '={{ $json.creationDate }}',
	lastUpdateDate: '={{ $json.modificationDate }}',
	status: '={{ $json.ok ? "success" : "error" }}',
	messages: '={{ $json.problem }}',
};

const indexed = (count: number, prefix: string) =>
	items(count, (index) => ({
		reference: `${prefix}-${index}`,
		creationDate: '2025-03-01T09:00:00',
		modificationDate: '2025-03-10T14:22:05',
		ok: index % 10 !== 0,
		problem: index % 10 === 0 ? 'The url does not respond.\nTimed out twice.' : '',
	}));

async function reportPosts() {
	return (await cegid.control.requests('cegid')).filter((request) => request.path === '/api/exports/v1/reports');
}

describe('Cegid reports', () => {
	it('reports 250 input items in 3 requests, each item paired with its outcome', async () => {
		const reportsBefore = (await cegid.control.cegidReports()).length;
		const inputItems = indexed(250, 'batch');
		const result = await cegid.run(fromItem, { inputItems });
		expect(result.error).toBeUndefined();
		expect(await reportPosts()).toHaveLength(3);
		const received = (await cegid.control.cegidReports()).slice(reportsBefore);
		expect(received.map((report) => report.items.length)).toEqual([100, 100, 50]);
		expect(received.every((report) => report.reportType === 'vacancies')).toBe(true);
		const sent = received.flatMap((report) => report.items);
		expect(sent.map((item) => item.id)).toEqual(inputItems.map((item) => item.json.reference));
		expect(sent[0]).toEqual({
			id: 'batch-0',
			date: '2025-03-01T09:00:00',
			lastUpdateDate: '2025-03-10T14:22:05',
			status: 'error',
			messages: ['The url does not respond.', 'Timed out twice.'],
		});
		expect(sent[1]).toEqual({ id: 'batch-1', date: '2025-03-01T09:00:00', lastUpdateDate: '2025-03-10T14:22:05', status: 'success' });
		expect(result.items.map((item) => [(item.pairedItem as { item: number }).item, item.json.id, item.json.reported])).toEqual(
			inputItems.map((item, index) => [index, item.json.reference, true]),
		);
	});

	it('honours the batch size and the report type', async () => {
		const reportsBefore = (await cegid.control.cegidReports()).length;
		const result = await cegid.run({ ...fromItem, reportType: 'candidates', reportOptions: { batchSize: 4 } }, { inputItems: indexed(10, 'cand') });
		expect(result.items).toHaveLength(10);
		const received = (await cegid.control.cegidReports()).slice(reportsBefore);
		expect(received.map((report) => [report.reportType, report.items.length])).toEqual([
			['candidates', 4],
			['candidates', 4],
			['candidates', 2],
		]);
	});

	it('refuses a bad item before any request, naming the field and the item', async () => {
		const inputItems = indexed(5, 'bad');
		inputItems[3].json.modificationDate = 'yesterday';
		const result = await cegid.run(fromItem, { inputItems });
		expect(result.error?.message).toBe('Invalid input in item 3: "Last Update Date" (lastUpdateDate) must be a real ISO 8601 date, e.g. 2030-01-05 or 2030-01-05T19:09:35Z: "yesterday" is not an ISO 8601 date');
		expect(await reportPosts()).toEqual([]);
	});

	it('with Continue On Fail the bad item fails alone and the others are reported', async () => {
		const reportsBefore = (await cegid.control.cegidReports()).length;
		const inputItems = indexed(5, 'partial');
		inputItems[2].json.reference = '';
		const result = await cegid.run(fromItem, { inputItems, continueOnFail: true });
		expect(result.items.map((item) => (item.pairedItem as { item: number }).item)).toEqual([0, 1, 2, 3, 4]);
		expect(result.items[2].json.error).toBe('Invalid input in item 2: "ID" (id) is required: enter the vacancy reference or the applicant’s username');
		const received = (await cegid.control.cegidReports()).slice(reportsBefore);
		expect(received.flatMap((report) => report.items.map((item) => item.id))).toEqual(['partial-0', 'partial-1', 'partial-3', 'partial-4']);
	});

	it('when Cegid refuses a batch, every item of it carries Cegid’s reason', async () => {
		await cegid.control.fault({ provider: 'cegid', method: 'POST', pathContains: '/reports', status: 400, count: 1, body: { message: 'The request is invalid: items[1].id is unknown' } });
		const result = await cegid.run({ ...fromItem, reportOptions: { batchSize: 2 } }, { inputItems: indexed(3, 'refused'), continueOnFail: true });
		expect(result.items.map((item) => item.json.error ?? 'reported')).toEqual([
			'Cegid Recruiting rejected the request (400): The request is invalid: items[1].id is unknown',
			'Cegid Recruiting rejected the request (400): The request is invalid: items[1].id is unknown',
			'reported',
		]);
	});

	it('with "Continue (using error output)" the bad item and the refused one go to the error output, the reported one to the success output', async () => {
		await cegid.control.fault({ provider: 'cegid', method: 'POST', pathContains: '/reports', status: 400, count: 1, body: { message: 'The request is invalid: items[0].id is unknown' } });
		const inputItems = indexed(3, 'routed');
		inputItems[0].json.reference = '';
		const [success, failed] = await runReportWorkflow(inputItems);
		expect(success.map((item) => item.json.id)).toEqual(['routed-2']);
		expect(failed.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(failed.map((item) => item.json.error)).toEqual([
			'Invalid input in item 0: "ID" (id) is required: enter the vacancy reference or the applicant’s username',
			'Cegid Recruiting rejected the request (400): The request is invalid: items[0].id is unknown',
		]);
		expect(failed[1].error).toMatchObject({ name: 'NodeApiError', httpCode: '400' });
	});
});

/** The report node in a workflow with "Continue (using error output)", one report per request; its outputs. */
async function runReportWorkflow(inputItems: INodeExecutionData[]): Promise<INodeExecutionData[][]> {
	const loaded = await loadPackage();
	const source = createSourceNode(inputItems);
	const name = 'Report';
	const report = {
		id: randomUUID(),
		name,
		type: loaded.fullNodeType('cegidRecruiting'),
		typeVersion: loaded.latestVersion('cegidRecruiting'),
		position: [220, 0] as [number, number],
		parameters: { ...fromItem, reportOptions: { batchSize: 1 } },
		onError: 'continueErrorOutput' as const,
	};
	const run = await runWorkflow(
		{ nodes: [source, report], connections: { [source.name]: { main: [[{ node: name, type: NodeConnectionTypes.Main, index: 0 }]] } } },
		{ credentials: cegid.credentials, store: cegid.store },
	);
	expect(run.data.resultData.error).toBeUndefined();
	return (run.data.resultData.runData[name]?.[0]?.data?.main ?? []).map((output) => output ?? []);
}
