import { createHash, createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import { stringToSign } from '../../nodes/Cegid/trigger/deliverySignature';
import { recordWarnings, startWebhookTrigger, type WebhookTrigger } from '../harness';
import { json, type HostileServer, startHostileServer } from '../fixtures/hostile-server';
import { cegidCredentials, HOSTILE_CLIENT_ID, HOSTILE_CLIENT_SECRET, withToken } from './hostileExportServer';

/** Posts `body` to the trigger, signed as Cegid signs its deliveries. */
async function signedPost(url: string, body: string): Promise<Response> {
	const target = new URL(url);
	const expires = String(Math.floor(Date.now() / 1000) + 600);
	const contentMd5 = createHash('md5').update(body).digest('base64');
	const headers = { 'content-type': 'application/json', 'content-md5': contentMd5, 'x-ts-rec-expires': expires };
	target.searchParams.set('client_id', HOSTILE_CLIENT_ID);
	const toSign = stringToSign({ path: target.pathname, query: { client_id: HOSTILE_CLIENT_ID }, headers, rawBody: Buffer.from(body) }, contentMd5, expires);
	target.searchParams.set('signature', createHmac('sha1', HOSTILE_CLIENT_SECRET).update(toSign).digest('base64'));
	return await fetch(target, { method: 'POST', headers, body });
}

/** Ids an export request's `id::a,b,c` filter asks for. */
function filteredIds(url: URL): string[] {
	return (url.searchParams.get('filter') ?? '').replace(/^id::/, '').split(',').filter(Boolean);
}

/** An export that holds every candidate asked for by id. */
function exportOfRequestedIds(_request: IncomingMessage, response: ServerResponse, url: URL): void {
	if (Number(url.searchParams.get('offset')) > 0) return json(response, 200, []);
	json(response, 200, filteredIds(url).map((id) => ({ candidateDetail: { id } })));
}

let trigger: WebhookTrigger | undefined;
let api: HostileServer | undefined;
afterEach(async () => {
	await trigger?.close();
	await api?.close();
	trigger = api = undefined;
});

async function start(handler: (request: IncomingMessage, response: ServerResponse, url: URL) => void): Promise<WebhookTrigger> {
	api = await startHostileServer(withToken(handler));
	trigger = await startWebhookTrigger({
		nodeType: 'cegidRecruitingTrigger',
		parameters: { events: ['applicant_new'], fetchFullRecord: true, attachments: 'none' },
		credentials: cegidCredentials(api),
	});
	return trigger;
}

const exportRequests = () => (api?.requests ?? []).filter((request) => request.url.includes('/exports/')).map((request) => new URL(request.url, 'http://x'));

describe('Cegid trigger: batches the node cannot trust field by field', () => {
	it('a batch of 3,000 applicant events gets every full record, asked for 100 ids at a time', async () => {
		const t = await start(exportOfRequestedIds);
		const ids = Array.from({ length: 3000 }, (_, index) => `_TS-${String(index).padStart(6, '0')}`);
		const response = await signedPost(t.urls.default, JSON.stringify(ids.map((applicantId) => ({ event_type: 'applicant_new', applicantId }))));
		expect(response.status).toBe(200);
		await t.waitForExecutions(1, 30_000);
		const items = t.executions[0];
		expect(items).toHaveLength(3000);
		expect(items.filter((item) => item.json.fullRecordError !== undefined)).toEqual([]);
		expect(items.map((item) => (item.json.candidate as { candidateDetail: { id: string } }).candidateDetail.id)).toEqual(ids);
		const asked = exportRequests().filter((url) => Number(url.searchParams.get('offset')) === 0);
		expect(asked).toHaveLength(30);
		expect(Math.max(...asked.map((url) => filteredIds(url).length))).toBe(100);
	}, 60_000);

	it('an event whose event_type is an object is left out (and logged); the rest of the signed batch runs', async () => {
		const logged = recordWarnings();
		try {
			const t = await start(exportOfRequestedIds);
			const body = JSON.stringify([{ event_type: 'applicant_new', applicantId: '_TS-9' }, { event_type: { toString: 'x' }, applicantId: '_TS-8' }]);
			const response = await signedPost(t.urls.default, body);
			expect(response.status).toBe(200);
			await t.waitForExecutions(1);
			expect(t.executions[0].map((item) => item.json.applicantId)).toEqual(['_TS-9']);
			expect(t.executions[0][0].json.candidate).toEqual({ candidateDetail: { id: '_TS-9' } });
			expect(logged.warnings.map((warning) => warning.message)).toContainEqual(expect.stringMatching(/1 of 2 event\(s\) left out, since their event_type is missing or not text/));
		} finally {
			logged.stop();
		}
	});

	it('events whose applicantId is an object, or holds "," or "|", are emitted with a fullRecordError; valid ones get their record', async () => {
		const t = await start(exportOfRequestedIds);
		const body = JSON.stringify([
			{ event_type: 'applicant_new', applicantId: { $ne: null } },
			{ event_type: 'applicant_new', applicantId: 'a,b|c' },
			{ event_type: 'applicant_new', applicantId: '_TS-3' },
		]);
		const response = await signedPost(t.urls.default, body);
		expect(response.status).toBe(200);
		await t.waitForExecutions(1);
		const [objectId, reserved, valid] = t.executions[0].map((item) => item.json);
		expect(objectId).toMatchObject({ candidate: null, fullRecordError: "the event's applicantId is an object, not an id, so its full record was not fetched" });
		expect(reserved).toMatchObject({ candidate: null, fullRecordError: expect.stringMatching(/applicantId "a,b\|c" contains "," or "\|"/) });
		expect(valid).toMatchObject({ candidate: { candidateDetail: { id: '_TS-3' } } });
		expect(valid.fullRecordError).toBeUndefined();
		expect(exportRequests().map((url) => url.searchParams.get('filter'))).toContain('id::_TS-3');
	});
});
