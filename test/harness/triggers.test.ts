import { createHmac, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { IDataObject } from 'n8n-workflow';

import { ECHO_API_KEY } from '../fixtures/echo-server';
import type { TriggerProvider } from '../fixtures/trigger-provider';
import { startTriggerProvider } from '../fixtures/trigger-provider';
import type { WebhookTrigger } from './index';
import { pollTrigger, startWebhookTrigger } from './index';

const packageDir = join(__dirname, '..', 'fixtures', 'echo-package');
const SIGNATURE_HEADER = 'x-echo-signature';

const sign = (secret: string, body: Buffer) =>
	`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('trigger support in the harness', () => {
	let provider: TriggerProvider;

	beforeEach(async () => {
		provider = await startTriggerProvider();
	});

	afterEach(async () => {
		await provider.close();
	});

	const credentials = () => ({ echoApiKeyApi: { baseUrl: provider.url, apiKey: ECHO_API_KEY } });

	describe('webhook trigger', () => {
		let trigger: WebhookTrigger;

		beforeEach(async () => {
			trigger = await startWebhookTrigger({
				packageDir,
				nodeType: 'echoWebhookTrigger',
				parameters: {},
				credentials: credentials(),
			});
		});

		afterEach(async () => {
			await trigger.close();
		});

		/** Activates and returns the secret the provider signs deliveries with. */
		const activate = async (): Promise<string> => {
			await trigger.activate();
			const hook = provider.hooks().find(({ url }) => url === trigger.urls.default);
			if (!hook) throw new Error('activation did not register the webhook');
			return hook.secret;
		};

		const deliver = async (body: Buffer, signature: string, query = '') =>
			await fetch(`${trigger.urls.default}${query}`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: signature },
				body,
			});

		it('serves each declared webhook at /webhook/<webhookId>/<path> on 127.0.0.1', () => {
			const webhookUrl = /^http:\/\/127\.0\.0\.1:\d+\/webhook\/([0-9a-f-]{36})\/(candidate|ping)$/;
			expect(trigger.urls.default).toMatch(webhookUrl);
			expect(trigger.urls.ping).toMatch(webhookUrl);
			const webhookId = (url: string) => webhookUrl.exec(url)?.[1];
			expect(webhookId(trigger.urls.ping)).toBe(webhookId(trigger.urls.default));
		});

		it('registers the webhook URL on activation and deletes it on deactivation, via static data', async () => {
			await trigger.activate();

			const [hook] = provider.hooks().filter(({ url }) => url === trigger.urls.default);
			expect(hook).toMatchObject({ url: trigger.urls.default, events: ['candidate.created'] });
			expect(trigger.staticData).toEqual({ hookId: hook.id, secret: hook.secret });

			await trigger.deactivate();
			expect(provider.hooks().filter(({ id }) => id === hook.id)).toEqual([]);
			expect(provider.countCalls('DELETE', `/hooks/${hook.id}`)).toBe(1);
			expect(trigger.staticData).toEqual({});
		});

		it('skips create when checkExists finds the registration', async () => {
			const createsBefore = provider.countCalls('POST', '/hooks');
			await trigger.activate();
			const hookId = trigger.staticData.hookId as string;
			await trigger.activate();

			expect(provider.countCalls('POST', '/hooks') - createsBefore).toBe(1);
			expect(provider.countCalls('GET', `/hooks/${hookId}`)).toBe(1);
			expect(trigger.staticData.hookId).toBe(hookId);
			await trigger.deactivate();
		});

		it('creates again when the stored registration is gone at the provider', async () => {
			const stale = await startWebhookTrigger({
				packageDir,
				nodeType: 'echoWebhookTrigger',
				parameters: {},
				credentials: credentials(),
				staticData: { hookId: 'deleted-at-provider', secret: 'old' },
			});
			try {
				await stale.activate();
				expect(stale.staticData.hookId).not.toBe('deleted-at-provider');
				expect(provider.hooks().map(({ id }) => id)).toContain(stale.staticData.hookId);
				await stale.deactivate();
			} finally {
				await stale.close();
			}
		});

		it('starts an execution for a signed delivery; its items carry the payload, query and exact raw body', async () => {
			const secret = await activate();
			const body = Buffer.from('{ "event" : "candidate.created",\n  "candidate": {"name": "Zoë Ærø", "id": 7} }  ');

			const response = await deliver(body, sign(secret, body), '?source=job+board&tag=a%2Bb');

			expect(response.status).toBe(200);
			// As n8n 2.8 answers an 'onReceived' webhook without responseData: its default, 'firstEntryJson', as text.
			expect(response.headers.get('content-type')).toMatch(/^text\/html/);
			expect(await response.text()).toBe('firstEntryJson');
			await trigger.waitForExecutions(1);
			expect(trigger.executions).toHaveLength(1);
			expect(trigger.executions[0]).toHaveLength(1);
			const { payload, query, rawBodyBase64 } = trigger.executions[0][0].json as {
				payload: unknown;
				query: Record<string, string>;
				rawBodyBase64: string;
			};
			expect(payload).toEqual({ event: 'candidate.created', candidate: { name: 'Zoë Ærø', id: 7 } });
			expect(query).toEqual({ source: 'job board', tag: 'a+b' });
			expect(Buffer.from(rawBodyBase64, 'base64').equals(body)).toBe(true);
			expect(trigger.deliveries).toEqual([{ webhookName: 'default', status: 200, startedExecution: true }]);
		});

		it('hands over a binary body byte for byte', async () => {
			const secret = await activate();
			const body = Buffer.concat([Buffer.from([0x00, 0xff, 0x0d, 0x0a, 0x80]), randomBytes(2048)]);

			const response = await fetch(trigger.urls.default, {
				method: 'POST',
				headers: { 'Content-Type': 'application/octet-stream', [SIGNATURE_HEADER]: sign(secret, body) },
				body,
			});

			expect(response.status).toBe(200);
			await trigger.waitForExecutions(1);
			const { payload, rawBodyBase64 } = trigger.executions[0][0].json as { payload: unknown; rawBodyBase64: string };
			expect(payload).toEqual({});
			expect(Buffer.from(rawBodyBase64, 'base64').equals(body)).toBe(true);
		});

		it('answers a forged delivery 401 from the node and starts nothing', async () => {
			await activate();
			const body = Buffer.from('{"event":"candidate.created"}');

			const response = await deliver(body, sign('not-the-secret', body));

			expect(response.status).toBe(401);
			expect(await response.json()).toEqual({ message: 'Invalid signature' });
			await trigger.waitForDeliveries(1);
			expect(trigger.deliveries).toEqual([{ webhookName: 'default', status: 401, startedExecution: false }]);
			expect(trigger.executions).toEqual([]);
		});

		it('answers ping 200 without an execution; a + in the query arrives as a space', async () => {
			const response = await fetch(`${trigger.urls.ping}?name=Ada+Lovelace&plus=%2B`);

			expect(response.status).toBe(200);
			expect(await response.json()).toEqual({ pong: true, query: { name: 'Ada Lovelace', plus: '+' } });
			expect(trigger.deliveries).toEqual([{ webhookName: 'ping', status: 200, startedExecution: false }]);
			expect(trigger.executions).toEqual([]);
		});

		it('lets webhook() call the provider with the node credentials', async () => {
			const latest = provider.addCandidate('Katherine');

			const response = await fetch(`${trigger.urls.ping}?latest`);

			expect(await response.json()).toEqual({ pong: true, latest });
		});

		it('answers 500 when webhook() throws, 404 for unknown webhooks and 422 for malformed JSON', async () => {
			const failed = await fetch(`${trigger.urls.ping}?fail=1`);
			expect(failed.status).toBe(500);
			expect(await failed.json()).toMatchObject({ message: 'The ping failed on purpose' });

			const unknown = await fetch(trigger.urls.ping, { method: 'DELETE' });
			expect(unknown.status).toBe(404);

			const malformed = await fetch(trigger.urls.default, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: '{"broken":',
			});
			expect(malformed.status).toBe(422);

			expect(trigger.deliveries.map(({ webhookName, status }) => [webhookName, status])).toEqual([
				['ping', 500],
				['', 404],
				['default', 422],
			]);
			expect(trigger.deliveries[0].error?.message).toBe('The ping failed on purpose');
			expect(trigger.deliveries.every(({ startedExecution }) => !startedExecution)).toBe(true);
		});

		it('times out waiting for executions that never come, and closes twice without complaint', async () => {
			await expect(trigger.waitForExecutions(1, 50)).rejects.toThrow('Timed out after 50 ms waiting for 1 executions');
			await trigger.close();
		});
	});

	describe('poll trigger', () => {
		const poll = async (mode: 'trigger' | 'manual', staticData?: IDataObject) =>
			await pollTrigger({
				packageDir,
				nodeType: 'echoPollTrigger',
				parameters: {},
				credentials: credentials(),
				mode,
				...(staticData && { staticData }),
			});

		it('emits new records since the cursor kept in static data, and nothing when there are none', async () => {
			const first = provider.addCandidate('Ada');
			const second = provider.addCandidate('Grace');

			const initial = await poll('trigger');
			expect(initial.error).toBeUndefined();
			expect(initial.emitted).toBe(true);
			expect(initial.items.map(({ json }) => json)).toEqual([first, second]);
			expect(initial.staticData).toEqual({ lastCandidateId: second.id });

			const quiet = await poll('trigger', initial.staticData);
			expect(quiet).toMatchObject({ emitted: false, items: [], staticData: { lastCandidateId: second.id } });

			const third = provider.addCandidate('Linus');
			const next = await poll('trigger', quiet.staticData);
			expect(next.items.map(({ json }) => json)).toEqual([third]);
			expect(next.staticData).toEqual({ lastCandidateId: third.id });
		});

		it('does not change the static data object passed in', async () => {
			const staticData = { lastCandidateId: 0 };
			provider.addCandidate('Barbara');
			await poll('trigger', staticData);
			expect(staticData).toEqual({ lastCandidateId: 0 });
		});

		it('returns the latest record in manual mode and leaves the cursor alone', async () => {
			const latest = provider.addCandidate('Margaret');

			const manual = await poll('manual', { lastCandidateId: 1 });

			expect(manual.emitted).toBe(true);
			expect(manual.items.map(({ json }) => json)).toEqual([latest]);
			expect(manual.staticData).toEqual({ lastCandidateId: 1 });
		});

		it('reports a failing poll as error, with nothing emitted', async () => {
			const result = await pollTrigger({
				packageDir,
				nodeType: 'echoPollTrigger',
				parameters: {},
				credentials: { echoApiKeyApi: { baseUrl: provider.url, apiKey: 'wrong-key' } },
			});

			expect(result.emitted).toBe(false);
			expect(result.items).toEqual([]);
			expect(result.error).toBeInstanceOf(Error);
			expect(result.serialized).toContain(result.error?.message);
		});
	});
});
