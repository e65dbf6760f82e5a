import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntryInput {
	readonly name: string;
	readonly data: Buffer;
	readonly method: 'store' | 'deflate';
}

const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const UTF8_NAMES = 0x0800;

/** A standard ZIP archive (no ZIP64, no data descriptors), as any ZIP library writes it. */
export function writeZip(entries: readonly ZipEntryInput[], modified: Date): Buffer {
	const { time, date } = dosDateTime(modified);
	const locals: Buffer[] = [];
	const directory: Buffer[] = [];
	let offset = 0;
	for (const entry of entries) {
		const name = Buffer.from(entry.name, 'utf8');
		const stored = entry.method === 'store';
		const body = stored ? entry.data : deflateRawSync(entry.data);
		const checksum = crc32(entry.data) >>> 0;

		const local = Buffer.alloc(30);
		local.writeUInt32LE(LOCAL_HEADER, 0);
		local.writeUInt16LE(stored ? 10 : 20, 4);
		local.writeUInt16LE(UTF8_NAMES, 6);
		local.writeUInt16LE(stored ? 0 : 8, 8);
		local.writeUInt16LE(time, 10);
		local.writeUInt16LE(date, 12);
		local.writeUInt32LE(checksum, 14);
		local.writeUInt32LE(body.length, 18);
		local.writeUInt32LE(entry.data.length, 22);
		local.writeUInt16LE(name.length, 26);
		local.writeUInt16LE(0, 28);
		locals.push(local, name, body);

		const central = Buffer.alloc(46);
		central.writeUInt32LE(DIRECTORY_ENTRY, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(stored ? 10 : 20, 6);
		central.writeUInt16LE(UTF8_NAMES, 8);
		central.writeUInt16LE(stored ? 0 : 8, 10);
		central.writeUInt16LE(time, 12);
		central.writeUInt16LE(date, 14);
		central.writeUInt32LE(checksum, 16);
		central.writeUInt32LE(body.length, 20);
		central.writeUInt32LE(entry.data.length, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		directory.push(central, name);

		offset += local.length + name.length + body.length;
	}
	const directoryBytes = Buffer.concat(directory);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(END_OF_DIRECTORY, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directoryBytes.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directoryBytes, end]);
}

function dosDateTime(moment: Date): { time: number; date: number } {
	const year = Math.max(1980, moment.getUTCFullYear());
	return {
		time: (moment.getUTCHours() << 11) | (moment.getUTCMinutes() << 5) | Math.floor(moment.getUTCSeconds() / 2),
		date: ((year - 1980) << 9) | ((moment.getUTCMonth() + 1) << 5) | moment.getUTCDate(),
	};
}
