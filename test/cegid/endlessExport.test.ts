import { json, type HostileServer, startHostileServer } from '../fixtures/hostile-server';
import { runCegid, withToken } from './hostileExportServer';

/**
 * Return All reads until Cegid's export sends an empty page. A server that never does (every page
 * holds a record not seen before) must not keep the node reading forever: after 10,000 pages the
 * item fails, saying so.
 */
let server: HostileServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

describe('Cegid export that never ends', () => {
	it('Return All fails the item after 10,000 pages instead of reading on forever', async () => {
		let pages = 0;
		// Each page starts on the last record read (as the reader checks) and adds one new record, forever.
		server = await startHostileServer(
			withToken((_request, response, url) => {
				// Past the ceiling it ends, so a reader without one fails this test instead of hanging it.
				if (++pages > 10_050) return json(response, 200, []);
				const offset = Number(url.searchParams.get('offset'));
				json(response, 200, [offset, offset + 1].map((n) => ({ candidateDetail: { id: `_TS-${n}` } })));
			}),
		);
		const result = await runCegid(server, { resource: 'candidate', operation: 'getAll', returnAll: true });
		expect(pages).toBe(10_000);
		expect(result.items).toHaveLength(1);
		expect(String(result.items[0].json.error)).toMatch(
			/could not be read completely: the list still had more after 10,000 pages \(10,001 records\): refused to read on; use filters or Limit/,
		);
	}, 120_000);
});
