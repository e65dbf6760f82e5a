import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

import { type HostileServer, startHostileServer } from '../../fixtures/hostile-server';
import { frame, onePage, runCegid } from '../hostileExportServer';
import { BUILT_EXPORT_DIR, candidateExport, crc32, inflateEntry, Random, text, ZipArchive, zlibCrc } from './support';

/**
 * Archives made by other tools, read by the TypeScript inflater: Python's zipfile (zlib inside; made at
 * test time, every compresslevel, stored entries, and a streamed archive with data descriptors), and
 * committed fixtures from Info-ZIP's zip 3.0 and GNU gzip 1.12, which have deflate encoders of their own
 * (fixtures/: zip -1/-6/-9 of a candidate's files, gzip -n -1/-9 of 120 KB of prose and export JSON).
 * Every entry: inflated bytes equal zlib's, CRC-32 equals zlib's and the archive's. Then the same archives
 * go through the node: a Cegid candidate export page served over HTTP, read by the real export path.
 */
const FIXTURES = join(__dirname, 'fixtures');
const random = new Random(1951);

interface RawEntry {
	name: string;
	method: number;
	flags: number;
	crc: number;
	size: number;
	data: Buffer;
}

/** The entries of a ZIP archive, read from its central directory by this test's own small parser. */
function rawEntries(zip: Buffer): RawEntry[] {
	let end = zip.length - 22;
	while (zip.readUInt32LE(end) !== 0x06054b50) end--;
	const entries: RawEntry[] = [];
	let at = zip.readUInt32LE(end + 16);
	for (let index = 0; index < zip.readUInt16LE(end + 10); index++) {
		const nameLength = zip.readUInt16LE(at + 28);
		const local = zip.readUInt32LE(at + 42);
		const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
		entries.push({
			name: zip.toString('utf8', at + 46, at + 46 + nameLength),
			flags: zip.readUInt16LE(at + 8),
			method: zip.readUInt16LE(at + 10),
			crc: zip.readUInt32LE(at + 16),
			size: zip.readUInt32LE(at + 24),
			data: zip.subarray(start, start + zip.readUInt32LE(at + 20)),
		});
		at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
	}
	return entries;
}

/** Checks every entry against zlib and the directory; returns the contents by name. */
function checkEntries(zip: Buffer): Map<string, Buffer> {
	const contents = new Map<string, Buffer>();
	for (const entry of rawEntries(zip)) {
		let content = entry.data;
		if (entry.method === 8) {
			const ours = inflateEntry(entry.data, entry.size);
			if (ours instanceof Error) throw new Error(`${entry.name}: ${ours.message}`);
			expect(ours.equals(inflateRawSync(entry.data))).toBe(true);
			content = ours;
		} else expect(entry.method).toBe(0);
		expect([entry.name, content.length]).toEqual([entry.name, entry.size]);
		expect([entry.name, crc32(content)]).toEqual([entry.name, zlibCrc(content)]);
		expect([entry.name, crc32(content)]).toEqual([entry.name, entry.crc]);
		contents.set(entry.name, content);
	}
	return contents;
}

const FILES: Record<string, Buffer> = {
	'att-text': text(random, 300_000),
	'att-export': candidateExport(random, 300_000),
	'att-random': random.bytes(70_000),
	'att-repeat': Buffer.concat([Buffer.alloc(100_000), Buffer.from('abc'.repeat(20_000)), Buffer.concat(Array(50).fill(random.bytes(500)))]),
	'att-one': Buffer.from('x'),
	'att-empty': Buffer.alloc(0),
};

function applicantDetail(id: string): Buffer {
	const attachments = Object.keys(FILES).map((name) => ({ id: name, filename: `${name}.bin`, mimeType: 'application/octet-stream', isResume: name === 'att-text' }));
	return Buffer.from(JSON.stringify({ candidateDetail: { id }, attachments }));
}

const PYTHON = String.raw`
import os, sys, zipfile
source, target = sys.argv[1], sys.argv[2]
names = sorted(n for n in os.listdir(source) if n.startswith('att-'))
def write(archive, tag):
    archive.writestr('applicantdetail', open(os.path.join(source, 'applicantdetail')).read().replace('__ID__', tag))
    for name in names:
        archive.write(os.path.join(source, name), name)
for level in range(10):
    with zipfile.ZipFile(os.path.join(target, 'python-deflated-%d.zip' % level), 'w', zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        write(z, 'deflated-%d' % level)
with zipfile.ZipFile(os.path.join(target, 'python-stored.zip'), 'w', zipfile.ZIP_STORED) as z:
    write(z, 'stored')
# Written to a pipe, zipfile cannot seek back: entries carry data descriptors (flag bit 3).
with zipfile.ZipFile(sys.stdout.buffer, 'w', zipfile.ZIP_DEFLATED) as z:
    write(z, 'streamed')
`;

let folder: string;
/** Python's archives by file name. */
const python = new Map<string, Buffer>();

beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'inflate-archives-'));
	const source = join(folder, 'source');
	execFileSync('mkdir', ['-p', source]);
	for (const [name, data] of Object.entries(FILES)) writeFileSync(join(source, name), data);
	writeFileSync(join(source, 'applicantdetail'), applicantDetail('_TS-PY-__ID__'));
	const streamed = execFileSync('python3', ['-c', PYTHON, source, folder], { maxBuffer: 64 * 1024 * 1024 });
	python.set('python-streamed.zip', streamed);
	for (const name of readdirSync(folder).filter((file) => file.endsWith('.zip'))) python.set(name, readFileSync(join(folder, name)));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('archives made by other tools', () => {
	it("Python's zipfile: compresslevel 0 to 9, stored, and streamed with data descriptors", () => {
		expect([...python.keys()].sort()).toEqual([
			...Array.from({ length: 10 }, (_, level) => `python-deflated-${level}.zip`),
			'python-stored.zip',
			'python-streamed.zip',
		]);
		expect(rawEntries(python.get('python-streamed.zip')!).every((entry) => (entry.flags & 8) !== 0)).toBe(true);
		for (const [name, zip] of python) {
			const contents = checkEntries(zip);
			for (const [file, data] of Object.entries(FILES)) expect([name, file, contents.get(file)!.equals(data)]).toEqual([name, file, true]);
			// The Cegid reader itself, entry by entry.
			const archive = new ZipArchive(zip, { pageOffset: 0 });
			for (const [file, data] of Object.entries(FILES)) expect(archive.read(file).equals(data)).toBe(true);
		}
	});

	it("Info-ZIP's zip 3.0 (its own deflate), levels 1, 6 and 9", () => {
		for (const level of [1, 6, 9]) {
			const zip = readFileSync(join(FIXTURES, `infozip-${level}.zip`));
			const contents = checkEntries(zip);
			expect([...contents.keys()]).toEqual(['applicantdetail', 'att-text', 'att-export', 'att-random', 'att-repeat', 'att-empty']);
			expect(rawEntries(zip).filter((entry) => entry.method === 8)).toHaveLength(4);
			const archive = new ZipArchive(zip, { pageOffset: 0 });
			for (const [name, content] of contents) expect(archive.read(name).equals(content)).toBe(true);
		}
	});

	it('GNU gzip 1.12 (its own deflate), levels 1 and 9: the raw stream between header and trailer', () => {
		for (const level of [1, 9]) {
			const gz = readFileSync(join(FIXTURES, `gzip-${level}.gz`));
			expect(gz[3]).toBe(0); // no optional header fields (-n): the stream starts at byte 10
			const stream = gz.subarray(10, gz.length - 8);
			const size = gz.readUInt32LE(gz.length - 4);
			const ours = inflateEntry(stream, size);
			if (ours instanceof Error) throw ours;
			expect(ours.equals(inflateRawSync(stream))).toBe(true);
			expect(ours.length).toBe(120_000);
			expect(crc32(ours)).toBe(gz.readUInt32LE(gz.length - 8));
			expect(crc32(ours)).toBe(zlibCrc(ours));
		}
	});
});

describe('the same archives through the node: a Cegid candidate export page', () => {
	let server: HostileServer | undefined;
	afterEach(async () => {
		await server?.close();
		server = undefined;
	});

	it('the built node inflates with the TypeScript inflater: no zlib anywhere in its export code', () => {
		const built = BUILT_EXPORT_DIR;
		const files = readdirSync(built).filter((file) => file.endsWith('.js'));
		expect(files).toEqual(expect.arrayContaining(['inflate.js', 'inflater.js', 'huffman.js', 'crc32.js']));
		for (const file of files) expect([file, /require\("(node:)?zlib"\)/.test(readFileSync(join(built, file), 'utf8'))]).toEqual([file, false]);
	});

	it('every archive is one candidate record; every attachment comes out byte for byte', async () => {
		const infoZip = [1, 6, 9].map((level) => readFileSync(join(FIXTURES, `infozip-${level}.zip`)));
		const archives = [...python.values(), ...infoZip];
		server = await startHostileServer(onePage(Buffer.concat(archives.map(frame))));
		const result = await runCegid(server, { resource: 'candidate', operation: 'getAll', returnAll: true, attachments: 'all' });
		expect(result.items.map((item) => item.json.error)).toEqual(archives.map(() => undefined));
		expect(result.items).toHaveLength(archives.length);
		for (const [index, zip] of archives.entries()) {
			const contents = checkEntries(zip);
			const detail = JSON.parse(contents.get('applicantdetail')!.toString()) as { candidateDetail: { id: string }; attachments: Array<{ id: string }> };
			const item = result.items[index];
			expect((item.json.candidateDetail as { id: string }).id).toBe(detail.candidateDetail.id);
			const present = detail.attachments.filter((attachment) => contents.has(attachment.id));
			expect(Object.keys(item.binary ?? {})).toHaveLength(present.length);
			for (const [position, attachment] of present.entries()) {
				const output = await result.binary(index, `attachment_${position}`);
				expect([detail.candidateDetail.id, attachment.id, output.equals(contents.get(attachment.id)!)]).toEqual([detail.candidateDetail.id, attachment.id, true]);
			}
		}
	});
});
