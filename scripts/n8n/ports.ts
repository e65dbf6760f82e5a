import { createServer } from 'node:net';

/** A TCP port that is free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
	return await new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/** Whether something already listens on 127.0.0.1:`port`. */
export async function portInUse(port: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(true));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
	});
}

const taken = new Set<number>();

/**
 * A free port on 127.0.0.1 below 32768, for a service that listens for a while (n8n, Redis, Postgres): ports in
 * the kernel's ephemeral range (32768–60999) can be taken meanwhile by unrelated outgoing connections. Never the
 * same port twice in one process.
 */
export async function freeServicePort(low = 20_000, high = 32_000): Promise<number> {
	for (let attempt = 0; attempt < 200; attempt++) {
		const port = low + Math.floor(Math.random() * (high - low));
		if (taken.has(port) || (await portInUse(port))) continue;
		taken.add(port);
		return port;
	}
	throw new Error(`No free port between ${low} and ${high} on 127.0.0.1`);
}
