import { isoDateProblem } from '../../nodes/shared/isoDate';
import { toUtc } from '../../nodes/shared/timeZone';
import { CredentialStore, runNode } from '../harness';
import { json, startHostileServer, type HostileServer } from '../fixtures/hostile-server';

/**
 * Every date sent is plain ISO 8601 in UTC, `YYYY-MM-DDTHH:mm:ss(.sss)Z`: a date whose instant falls before the
 * year 0001 or after 9999 in UTC (which JavaScript writes `+010000-…` or `-000001-…`) is refused, not sent.
 */
const PLAIN_ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const startOfDay = (timeZone: string) => ({ timeZone, dateOnly: 'startOfDay' as const });

describe('dates at the edges of the years 0001–9999', () => {
	it.each([
		['9999-12-31T23:00:00', 'Etc/GMT+12'],
		['0000-01-01T00:30:00', 'Asia/Kathmandu'],
		['0001-01-01T00:30:00', 'Asia/Kathmandu'],
		['0001-01-01', 'Asia/Tokyo'],
	])('%s in %s is refused: its instant is outside the years 0001–9999 in UTC', (text, timeZone) => {
		expect(() => toUtc(text, startOfDay(timeZone))).toThrow(/falls outside the years 0001–9999 in UTC/);
	});

	it.each(['9999-12-31T23:30:00-01:00', '0001-01-01T00:00:00+01:00', '0000-06-01', '0000-06-01T12:00:00Z'])('the strict check refuses %s', (text) => {
		expect(isoDateProblem(text)).toMatch(/falls outside the years 0001–9999 in UTC/);
	});

	it.each([
		['0001-01-01T00:00:00Z', 'UTC', '0001-01-01T00:00:00Z'],
		['9999-12-31T23:59:59.999Z', 'UTC', '9999-12-31T23:59:59.999Z'],
		['0001-01-01T00:30:00-01:00', 'UTC', '0001-01-01T01:30:00Z'],
		['9999-12-31T10:00:00', 'Etc/GMT+12', '9999-12-31T22:00:00Z'],
		['0001-01-02T00:00:00', 'Asia/Kathmandu', '0001-01-01T18:18:44Z'],
	])('%s in %s is sent as %s', (text, timeZone, expected) => {
		expect(isoDateProblem(text)).toBeUndefined();
		const sent = toUtc(text, startOfDay(timeZone));
		expect(sent).toBe(expected);
		expect(sent).toMatch(PLAIN_ISO_UTC);
	});

	it('keeps the seconds of a historic offset (Kathmandu local mean time, +05:41:16)', () => {
		expect(toUtc('1900-01-01T12:00:00', startOfDay('Asia/Kathmandu'))).toBe('1900-01-01T06:18:44Z');
		expect(toUtc('2025-06-01T00:00:00', startOfDay('Asia/Kathmandu'))).toBe('2025-05-31T18:15:00Z');
	});
});

describe('a node given a date outside the years 0001–9999', () => {
	let server: HostileServer;
	afterEach(async () => await server.close());

	it('fails the item, naming the field and the item, and sends nothing for it', async () => {
		server = await startHostileServer((_request, response) => json(response, 200, { count: 0, next: null, previous: null, results: [] }));
		const result = await runNode({
			nodeType: 'jobcase',
			parameters: { resource: 'job', operation: 'getAll', returnAll: false, limit: 5, filters: { from: '={{ $json.from }}' } },
			credentials: { jobcaseApi: { apiKey: 'jc-key-abcdef123456', partnerId: 1, baseUrl: server.url, requestsPerMinute: 100_000 } },
			store: new CredentialStore(),
			continueOnFail: true,
			settings: { timezone: 'Etc/GMT+12' },
			inputItems: [{ json: { from: '2030-01-05T10:00:00' } }, { json: { from: '9999-12-31T23:00:00' } }],
		});
		expect(result.error).toBeUndefined();
		// Item 0 found no jobs, so the only output is item 1's error.
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json.error).toBe(
			'Invalid "Posted From" in item 1: "9999-12-31T23:00:00" (read in the time zone Etc/GMT+12 where it has no offset) falls outside the years 0001–9999 in UTC',
		);
		expect(server.requests).toHaveLength(1);
		expect(decodeURIComponent(server.requests[0].url)).toContain('2030-01-05T22:00:00Z');
	});
});
