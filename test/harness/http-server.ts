import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalHttpServer {
	/** e.g. http://127.0.0.1:54321 */
	url: string;
	close(): Promise<void>;
}

type RequestHandler = (message: IncomingMessage, response: ServerResponse) => Promise<void>;

/** An HTTP server on 127.0.0.1 with a free port. A failing handler answers 500 rather than leave the client hanging. */
export async function startLocalHttpServer(handler: RequestHandler): Promise<LocalHttpServer> {
	const server = createServer((message, response) => {
		handler(message, response).catch(() => {
			if (!response.headersSent) response.statusCode = 500;
			if (!response.writableEnded) response.end();
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
		},
	};
}
