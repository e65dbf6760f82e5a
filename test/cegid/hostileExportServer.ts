import type { IncomingMessage, ServerResponse } from 'node:http';
import { crc32, deflateRawSync } from 'node:zlib';

import { CredentialStore, runNode } from '../harness';
import { type HostileServer, json } from '../fixtures/hostile-server';

export const HOSTILE_CLIENT_ID = 'cid-hostile';
export const HOSTILE_CLIENT_SECRET = 'cgd-hostile-secret-9f2e7c1a5b3d8e60';

export function cegidCredentials(server: HostileServer) {
	return {
		cegidRecruitingApi: {
			baseUrl: server.url,
			clientId: HOSTILE_CLIENT_ID,
			clientSecret: HOSTILE_CLIENT_SECRET,
			scope: 'MatchingIndexation',
			requestsPerMinute: 1_000_000,
		},
	};
}

/** Runs the Cegid Recruiting node against a hostile server, failing items into `json.error`. */
export async function runCegid(server: HostileServer, parameters: Record<string, unknown>) {
	return await runNode({
		nodeType: 'cegidRecruiting',
		parameters: parameters as never,
		credentials: cegidCredentials(server),
		store: new CredentialStore(),
		continueOnFail: true,
	});
}

/** Answers the token request, and hands every other request to `handler`. */
export function withToken(handler: (request: IncomingMessage, response: ServerResponse, url: URL) => void) {
	return (request: IncomingMessage, response: ServerResponse) => {
		const url = new URL(request.url ?? '/', 'http://x');
		if (url.pathname === '/api/token') return json(response, 200, { access_token: 'tok-abcdef-1234567890', expires_in: 3600, token_type: 'Bearer' });
		handler(request, response, url);
	};
}

export interface ZipEntry {
	name: string;
	data: Buffer;
}

/** A ZIP archive of deflated entries, each declaring its true size and CRC. */
export function zip(entries: ZipEntry[]): Buffer {
	const locals: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const entry of entries) {
		const name = Buffer.from(entry.name);
		const compressed = deflateRawSync(entry.data);
		const crc = crc32(entry.data) >>> 0;
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(8, 8);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(compressed.length, 18);
		local.writeUInt32LE(entry.data.length, 22);
		local.writeUInt16LE(name.length, 26);
		locals.push(local, name, compressed);
		const directory = Buffer.alloc(46);
		directory.writeUInt32LE(0x02014b50, 0);
		directory.writeUInt16LE(20, 4);
		directory.writeUInt16LE(20, 6);
		directory.writeUInt16LE(8, 10);
		directory.writeUInt32LE(crc, 16);
		directory.writeUInt32LE(compressed.length, 20);
		directory.writeUInt32LE(entry.data.length, 24);
		directory.writeUInt16LE(name.length, 28);
		directory.writeUInt32LE(offset, 42);
		central.push(directory, name);
		offset += 30 + name.length + compressed.length;
	}
	const directoryBytes = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directoryBytes.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directoryBytes, end]);
}

/** One export record: the archive's length, then the archive. */
export function frame(archive: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32LE(archive.length, 0);
	return Buffer.concat([length, archive]);
}

/** A candidate archive: its `applicantdetail`, listing one attachment per file, and the files. */
export function candidateArchive(id: string, files: Array<{ id: string; filename: string; mimeType?: string; data: Buffer }>): Buffer {
	const detail = { candidateDetail: { id }, attachments: files.map(({ data: _data, ...attachment }) => ({ ...attachment, isResume: true })) };
	return zip([{ name: 'applicantdetail', data: Buffer.from(JSON.stringify(detail)) }, ...files.map((file) => ({ name: file.id, data: file.data }))]);
}

/** Serves `page` for the first export page, then the empty end. */
export function onePage(page: Buffer | unknown[]) {
	let served = false;
	return withToken((_request, response) => {
		const first = !served;
		served = true;
		if (!Buffer.isBuffer(page)) return json(response, 200, first ? page : []);
		response.writeHead(200, { 'content-type': 'application/octet-stream' });
		response.end(first ? page : Buffer.alloc(0));
	});
}
