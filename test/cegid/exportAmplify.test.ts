import { crc32 } from 'node:zlib';

import { type HostileServer, startHostileServer } from '../fixtures/hostile-server';
import { frame, onePage, runCegid } from './hostileExportServer';

/**
 * What one export page outputs is bounded by the page's 200 MB, whatever its archives declare: a stored (not
 * deflated) entry counts like an inflated one, each time it is read, and an attachment id a record lists again
 * is output once (its first listing). A ~1 MB page could otherwise output 250 MB.
 */
const MB = 1024 * 1024;
const GET_ALL = { resource: 'candidate', operation: 'getAll', returnAll: true, attachments: 'all' };

interface StoredEntry {
	name: string;
	data: Buffer;
	/** Directory records with these names point at this entry's bytes too. */
	aliases?: string[];
}

/** A ZIP of STORED entries (method 0); aliases are extra directory records over the same local entry. */
function storedZip(entries: StoredEntry[]): Buffer {
	const locals: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	let count = 0;
	for (const entry of entries) {
		const name = Buffer.from(entry.name);
		const crc = crc32(entry.data) >>> 0;
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(entry.data.length, 18);
		local.writeUInt32LE(entry.data.length, 22);
		local.writeUInt16LE(name.length, 26);
		locals.push(local, name, entry.data);
		for (const directoryName of [entry.name, ...(entry.aliases ?? [])]) {
			const nameBytes = Buffer.from(directoryName);
			const directory = Buffer.alloc(46);
			directory.writeUInt32LE(0x02014b50, 0);
			directory.writeUInt16LE(20, 4);
			directory.writeUInt16LE(20, 6);
			directory.writeUInt32LE(crc, 16);
			directory.writeUInt32LE(entry.data.length, 20);
			directory.writeUInt32LE(entry.data.length, 24);
			directory.writeUInt16LE(nameBytes.length, 28);
			directory.writeUInt32LE(offset, 42);
			central.push(directory, nameBytes);
			count++;
		}
		offset += 30 + name.length + entry.data.length;
	}
	const directoryBytes = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(count, 8);
	end.writeUInt16LE(count, 10);
	end.writeUInt32LE(directoryBytes.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directoryBytes, end]);
}

function detailEntry(attachments: Array<Record<string, unknown>>): StoredEntry {
	return { name: 'applicantdetail', data: Buffer.from(JSON.stringify({ candidateDetail: { id: 'c1' }, attachments })) };
}

let server: HostileServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

async function outputBytes(result: Awaited<ReturnType<typeof runCegid>>): Promise<number> {
	let total = 0;
	for (const key of Object.keys(result.items[0]?.binary ?? {})) total += (await result.binary(0, key)).length;
	return total;
}

describe('Cegid export: one page cannot amplify its output', () => {
	it('a stored attachment listed 250 times is output once, for its first listing', async () => {
		const file = Buffer.alloc(MB, 0x41);
		const listing = { id: 'f', filename: 'cv.txt', mimeType: 'text/plain' };
		const archive = storedZip([detailEntry(Array.from({ length: 250 }, () => listing)), { name: 'f', data: file }]);
		server = await startHostileServer(onePage(frame(archive)));
		const result = await runCegid(server, GET_ALL);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json.error).toBeUndefined();
		expect(Object.keys(result.items[0].binary ?? {})).toEqual(['attachment_0']);
		expect((await result.binary(0, 'attachment_0')).equals(file)).toBe(true);
		const attachments = result.items[0].json.attachments as Array<Record<string, unknown>>;
		expect(attachments).toHaveLength(250);
		expect(attachments[0].binaryProperty).toBe('attachment_0');
		expect(attachments.slice(1).every((attachment) => attachment.binaryProperty === undefined)).toBe(true);
	});

	it('ids differing only in case name one ZIP entry, output once', async () => {
		const file = Buffer.from('resume');
		const archive = storedZip([detailEntry([{ id: 'F', filename: 'a.txt' }, { id: 'f', filename: 'b.txt' }]), { name: 'f', data: file }]);
		server = await startHostileServer(onePage(frame(archive)));
		const result = await runCegid(server, GET_ALL);
		expect(Object.keys(result.items[0].binary ?? {})).toEqual(['attachment_0']);
		expect(result.items[0].binary?.attachment_0.fileName).toBe('a.txt');
	});

	it('distinct attachments are all still output', async () => {
		const files = ['a', 'b', 'c'].map((id) => ({ name: id, data: Buffer.from(`file ${id}`) }));
		const archive = storedZip([detailEntry(files.map((file) => ({ id: file.name, filename: `${file.name}.txt` }))), ...files]);
		server = await startHostileServer(onePage(frame(archive)));
		const result = await runCegid(server, GET_ALL);
		expect(Object.keys(result.items[0].binary ?? {})).toEqual(['attachment_0', 'attachment_1', 'attachment_2']);
		expect((await result.binary(0, 'attachment_2')).toString()).toBe('file c');
	});

	it('250 directory records over one stored 1 MB entry: refused at the page cap, nothing output', async () => {
		const file = Buffer.alloc(MB, 0x42);
		const ids = Array.from({ length: 250 }, (_, index) => `f${index}`);
		const archive = storedZip([detailEntry(ids.map((id) => ({ id, filename: `${id}.txt` }))), { name: ids[0], data: file, aliases: ids.slice(1) }]);
		expect(archive.length).toBeLessThan(2 * MB);
		server = await startHostileServer(onePage(frame(archive)));
		const result = await runCegid(server, GET_ALL);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].binary).toBeUndefined();
		expect(String(result.items[0].json.error)).toMatch(
			/page at offset 0: record 1 of the page .*entry "f\d+" holds 1 MB, beyond the 200 MB allowed for one export page \(\d+(\.\d)? MB already read from it\); refused as a possible zip bomb/,
		);
	});

	it('JSON export: one base64 content and its id listed 250 more times is output once', async () => {
		const file = Buffer.alloc(MB, 0x41);
		const listing = { id: 'f', filename: 'cv.txt', mimeType: 'text/plain' };
		const attachments = [{ ...listing, content: file.toString('base64') }, ...Array.from({ length: 250 }, () => listing)];
		server = await startHostileServer(onePage([{ candidateDetail: { id: 'c1' }, attachments }]));
		const result = await runCegid(server, GET_ALL);
		expect(result.items[0].json.error).toBeUndefined();
		expect(Object.keys(result.items[0].binary ?? {})).toEqual(['attachment_0']);
		expect(await outputBytes(result)).toBe(MB);
		const listed = result.items[0].json.attachments as Array<Record<string, unknown>>;
		expect(listed).toHaveLength(251);
		expect(listed.every((attachment) => attachment.content === undefined)).toBe(true);
	});

	it('JSON export: a second content for the same id is not output; the first is', async () => {
		const attachments = [
			{ id: 'f', filename: 'first.txt', content: Buffer.from('first').toString('base64') },
			{ id: 'f', filename: 'second.txt', content: Buffer.from('second').toString('base64') },
		];
		server = await startHostileServer(onePage([{ candidateDetail: { id: 'c1' }, attachments }]));
		const result = await runCegid(server, GET_ALL);
		expect(Object.keys(result.items[0].binary ?? {})).toEqual(['attachment_0']);
		expect((await result.binary(0, 'attachment_0')).toString()).toBe('first');
	});

	it('JSON export: base64 contents count against the page cap as they are output, across records', async () => {
		// Five records of 45 MB each: 225 MB from one page.
		const content = Buffer.alloc(45 * MB, 0x43).toString('base64');
		const records = Array.from({ length: 5 }, (_, index) => ({ candidateDetail: { id: `c${index}` }, attachments: [{ id: `a${index}`, filename: 'cv.txt', content }] }));
		server = await startHostileServer(onePage(records));
		const result = await runCegid(server, GET_ALL);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].binary).toBeUndefined();
		expect(String(result.items[0].json.error)).toMatch(
			/page at offset 0: record 5 of the page .*attachment "a4" decodes beyond the 200 MB allowed for one export page \(180 MB already read from it\); refused as a possible zip bomb/,
		);
	});

	it('JSON export: contents are not decoded (nor counted) when attachments are not asked for', async () => {
		const content = Buffer.alloc(45 * MB, 0x43).toString('base64');
		const records = Array.from({ length: 5 }, (_, index) => ({ candidateDetail: { id: `c${index}` }, attachments: [{ id: `a${index}`, filename: 'cv.txt', content }] }));
		server = await startHostileServer(onePage(records));
		const result = await runCegid(server, { ...GET_ALL, attachments: 'none' });
		expect(result.items).toHaveLength(5);
		expect(result.items.every((item) => item.json.error === undefined && item.binary === undefined)).toBe(true);
	});
});
