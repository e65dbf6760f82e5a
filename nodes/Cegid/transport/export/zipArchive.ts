import { CorruptExportError, type ExportPosition } from './corruptExportError';
import { crc32, inflateEntry } from './inflate';
import { type InflateBudget, refuseInflating, refuseOutput } from './inflateLimits';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const ZIP64_MARKER = 0xffffffff;

const STORED = 0;
const DEFLATED = 8;

interface EntryLocation {
	name: string;
	method: number;
	flags: number;
	crc: number;
	compressedSize: number;
	size: number;
	localHeaderOffset: number;
}

/**
 * Read access to one ZIP archive held in memory, through its central directory. Entries are only
 * inflated when read, one at a time, and checked against their declared size and CRC-32. Every read, stored or
 * inflated, is counted against the page's budget (`position.inflated`), each time: reading one entry again, or
 * entries whose directory records point at the same bytes, cannot output more than the page's cap.
 */
export class ZipArchive {
	private readonly entries = new Map<string, EntryLocation>();
	/** The page's budget; an archive read outside a page still gets one of its own. */
	private readonly budget: InflateBudget;

	constructor(
		private readonly bytes: Buffer,
		private readonly position: ExportPosition,
	) {
		this.budget = position.inflated ?? { used: 0 };
		for (const entry of this.readDirectory()) this.entries.set(entry.name.toLowerCase(), entry);
	}

	has(name: string): boolean {
		return this.entries.has(name.toLowerCase());
	}

	names(): string[] {
		return [...this.entries.values()].map((entry) => entry.name);
	}

	read(name: string): Buffer {
		const entry = this.entries.get(name.toLowerCase());
		if (!entry) throw this.corrupt(`the archive has no entry "${name}"`);
		const data = this.entryData(entry);
		const content = this.decompress(entry, data);
		if (content.length !== entry.size) {
			throw this.corrupt(`entry "${entry.name}" holds ${content.length} bytes instead of the ${entry.size} declared`);
		}
		if (crc32(content) !== entry.crc) throw this.corrupt(`entry "${entry.name}" fails its CRC-32 check`);
		return content;
	}

	private decompress(entry: EntryLocation, data: Buffer): Buffer {
		if (entry.method === STORED) {
			// Not inflated, but output all the same: counted like an inflated entry.
			const refused = refuseOutput(entry.size, this.budget);
			if (refused) throw this.corrupt(`entry "${entry.name}" ${refused}`);
			return data;
		}
		if (entry.method !== DEFLATED) {
			throw this.corrupt(`entry "${entry.name}" uses compression method ${entry.method}; only stored and deflated are supported`);
		}
		// The declared size bounds the inflation (and is then checked exactly), so bounding it bounds memory.
		const refused = refuseInflating(entry.size, data.length, this.budget);
		if (refused) throw this.corrupt(`entry "${entry.name}" ${refused}`);
		const inflated = inflateEntry(data, entry.size);
		if (inflated instanceof Error) throw this.corrupt(`entry "${entry.name}" does not inflate (${inflated.message})`);
		return inflated;
	}

	private entryData(entry: EntryLocation): Buffer {
		const offset = entry.localHeaderOffset;
		if (offset + 30 > this.bytes.length || this.bytes.readUInt32LE(offset) !== LOCAL_HEADER) {
			throw this.corrupt(`entry "${entry.name}" points at byte ${offset}, where no local header is`);
		}
		const start = offset + 30 + this.bytes.readUInt16LE(offset + 26) + this.bytes.readUInt16LE(offset + 28);
		const end = start + entry.compressedSize;
		if (end > this.bytes.length) throw this.corrupt(`entry "${entry.name}" runs past the end of the archive`);
		return this.bytes.subarray(start, end);
	}

	private *readDirectory(): Generator<EntryLocation> {
		const end = this.findEndRecord();
		const count = this.bytes.readUInt16LE(end + 10);
		const directorySize = this.bytes.readUInt32LE(end + 12);
		const directoryOffset = this.bytes.readUInt32LE(end + 16);
		if (directoryOffset === ZIP64_MARKER || directorySize === ZIP64_MARKER) throw this.corrupt('ZIP64 archives are not supported');
		if (directoryOffset + directorySize > end) throw this.corrupt('the central directory lies outside the archive');
		let position = directoryOffset;
		for (let index = 0; index < count; index++) {
			if (position + 46 > end || this.bytes.readUInt32LE(position) !== DIRECTORY_ENTRY) {
				throw this.corrupt(`central directory entry ${index + 1} is malformed`);
			}
			const nameLength = this.bytes.readUInt16LE(position + 28);
			const entry: EntryLocation = {
				flags: this.bytes.readUInt16LE(position + 8),
				method: this.bytes.readUInt16LE(position + 10),
				crc: this.bytes.readUInt32LE(position + 16),
				compressedSize: this.bytes.readUInt32LE(position + 20),
				size: this.bytes.readUInt32LE(position + 24),
				localHeaderOffset: this.bytes.readUInt32LE(position + 42),
				name: this.bytes.toString('utf8', position + 46, position + 46 + nameLength),
			};
			if (entry.flags & 1) throw this.corrupt(`entry "${entry.name}" is encrypted`);
			if ([entry.compressedSize, entry.size, entry.localHeaderOffset].includes(ZIP64_MARKER)) {
				throw this.corrupt('ZIP64 archives are not supported');
			}
			yield entry;
			position += 46 + nameLength + this.bytes.readUInt16LE(position + 30) + this.bytes.readUInt16LE(position + 32);
		}
	}

	private findEndRecord(): number {
		const lowest = Math.max(0, this.bytes.length - END_RECORD_BYTES - MAX_COMMENT_BYTES);
		for (let position = this.bytes.length - END_RECORD_BYTES; position >= lowest; position--) {
			if (this.bytes.readUInt32LE(position) === END_OF_DIRECTORY) return position;
		}
		throw this.corrupt('no ZIP end-of-central-directory record found: this is not a ZIP archive');
	}

	private corrupt(problem: string): CorruptExportError {
		return new CorruptExportError(problem, this.position);
	}
}
