import type { IncomingMessage } from 'node:http';

/** Larger bodies are refused outright; the biggest legitimate upload (a 5 MB resume) fits well below it. */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

export interface ReadBodyResult {
	readonly body: Buffer;
	readonly tooLarge: boolean;
}

/** Reads the whole request body; beyond MAX_BODY_BYTES the rest is drained and discarded. */
export function readBody(req: IncomingMessage): Promise<ReadBodyResult> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let tooLarge = false;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > MAX_BODY_BYTES) tooLarge = true;
			if (!tooLarge) chunks.push(chunk);
		});
		req.on('end', () => resolve({ body: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), tooLarge }));
		req.on('error', reject);
	});
}
