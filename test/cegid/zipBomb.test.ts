import { randomBytes } from 'node:crypto';

import { type HostileServer, startHostileServer } from '../fixtures/hostile-server';
import { candidateArchive, frame, onePage, runCegid } from './hostileExportServer';

/**
 * An export page is the attacker's own bytes: what its ZIP directory declares must not decide how much
 * memory inflating it takes. One file may inflate to at most 50 MB, and a file over 1 MB to at most 200
 * times its compressed size; base64 attachments of JSON exports are held to the same bounds.
 */
const MB = 1024 * 1024;
const GET_ALL = { resource: 'candidate', operation: 'getAll', returnAll: false, limit: 1, attachments: 'all' };

let server: HostileServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

describe('Cegid export: inflated size is bounded', () => {
	it('an attachment inflating beyond 50 MB is refused, naming page, record and entry', async () => {
		const page = frame(candidateArchive('_TS-1', [{ id: 'att1', filename: 'cv.pdf', data: Buffer.alloc(60 * MB) }]));
		expect(page.length).toBeLessThan(MB);
		server = await startHostileServer(onePage(page));
		const result = await runCegid(server, GET_ALL);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].binary).toBeUndefined();
		expect(String(result.items[0].json.error)).toMatch(
			/page at offset 0: record 1 of the page .*entry "att1" inflates to 60 MB, beyond the 50 MB allowed for one file; refused as a possible zip bomb/,
		);
	});

	it('an attachment over 1 MB inflating beyond 200 times its compressed size is refused', async () => {
		const page = frame(candidateArchive('_TS-1', [{ id: 'att1', filename: 'cv.pdf', data: Buffer.alloc(5 * MB) }]));
		server = await startHostileServer(onePage(page));
		const result = await runCegid(server, GET_ALL);
		expect(result.items[0].binary).toBeUndefined();
		expect(String(result.items[0].json.error)).toMatch(/entry "att1" inflates to 5 MB from .*, beyond 200 times its compressed size; refused as a possible zip bomb/);
	});

	it('a real 3 MB attachment (incompressible) is still output whole', async () => {
		const content = randomBytes(3 * MB);
		server = await startHostileServer(onePage(frame(candidateArchive('_TS-1', [{ id: 'att1', filename: 'cv.bin', data: content }]))));
		const result = await runCegid(server, GET_ALL);
		expect(result.items[0].json.error).toBeUndefined();
		expect((await result.binary(0, 'attachment_0')).equals(content)).toBe(true);
	});

	it('a JSON export attachment decoding beyond 50 MB is refused before it is decoded', async () => {
		const content = Buffer.alloc(51 * MB).toString('base64');
		server = await startHostileServer(onePage([{ candidateDetail: { id: '_TS-1' }, attachments: [{ id: 'att1', filename: 'cv.pdf', content }] }]));
		const result = await runCegid(server, GET_ALL);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].binary).toBeUndefined();
		expect(String(result.items[0].json.error)).toMatch(/page at offset 0.*attachment "att1" decodes to 51 MB, beyond the 50 MB allowed for one file; refused as a possible zip bomb/);
	});
});
