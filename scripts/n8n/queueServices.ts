import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chownSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

import { freeServicePort } from './ports';
import { run, runOrThrow, withProgress } from './run';

/**
 * Redis and PostgreSQL for n8n's queue mode (../shared/n8n-notes.md): Debian's packages, each started on a free
 * port below 32768, on 127.0.0.1 only, with its data in a folder of its own; stop() ends both.
 */
export interface QueueServices {
	readonly redisPort: number;
	readonly postgresPort: number;
	/** The environment every n8n process of the queue-mode setup needs to reach them. */
	readonly n8nEnv: Record<string, string>;
	stop(): Promise<void>;
}

const POSTGRES_ROOT = '/usr/lib/postgresql';
const READY_TIMEOUT_MS = 60_000;

/** Installs `redis-server` and `postgresql` with apt when either is missing (needs root). */
export async function ensureQueuePackages(): Promise<void> {
	if (redisBinary() && postgresBin()) return;
	if (process.getuid?.() !== 0) throw new Error('redis-server or postgresql is missing, and installing them with apt-get needs root');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	await withProgress('apt-get update', runOrThrow('apt-get', ['update', '-qq'], { env }));
	await withProgress(
		'Installing redis-server and postgresql with apt-get',
		runOrThrow('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'redis-server', 'postgresql'], { env }),
	);
	if (!redisBinary() || !postgresBin()) throw new Error('apt-get installed redis-server and postgresql, yet their binaries are not where expected');
}

/** Starts Redis and PostgreSQL with their data under `folder`; on failure, stops whatever it had started. */
export async function startQueueServices(folder: string): Promise<QueueServices> {
	await ensureQueuePackages();
	mkdirSync(folder, { recursive: true });
	const stops: Array<() => Promise<void>> = [];
	const stop = async () => {
		for (const stopOne of stops.splice(0).reverse()) await stopOne().catch((error: unknown) => console.error(`Stopping a queue service failed: ${String(error)}`));
	};
	try {
		const redisPort = await freeServicePort();
		stops.push(await startRedis(join(folder, 'redis'), redisPort));
		const postgresPort = await freeServicePort();
		stops.push(await startPostgres(join(folder, 'postgres'), postgresPort));
		return {
			redisPort,
			postgresPort,
			n8nEnv: {
				QUEUE_BULL_REDIS_HOST: '127.0.0.1',
				QUEUE_BULL_REDIS_PORT: String(redisPort),
				DB_TYPE: 'postgresdb',
				DB_POSTGRESDB_HOST: '127.0.0.1',
				DB_POSTGRESDB_PORT: String(postgresPort),
				DB_POSTGRESDB_DATABASE: 'postgres',
				DB_POSTGRESDB_USER: 'postgres',
				DB_POSTGRESDB_PASSWORD: 'postgres',
			},
			stop,
		};
	} catch (error) {
		await stop();
		throw error;
	}
}

function redisBinary(): string | undefined {
	return ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((candidate) => existsSync(candidate));
}

/** The newest PostgreSQL's binary folder (Debian: /usr/lib/postgresql/15/bin). */
function postgresBin(): string | undefined {
	if (!existsSync(POSTGRES_ROOT)) return undefined;
	const versions = readdirSync(POSTGRES_ROOT)
		.filter((version) => existsSync(join(POSTGRES_ROOT, version, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length > 0 ? join(POSTGRES_ROOT, versions[0], 'bin') : undefined;
}

async function startRedis(dataFolder: string, port: number): Promise<() => Promise<void>> {
	mkdirSync(dataFolder, { recursive: true });
	const log = createWriteStream(join(dataFolder, 'redis.log'), { flags: 'a' });
	const child = spawn(redisBinary()!, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dataFolder, '--save', '', '--appendonly', 'no'], {
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	child.stdout?.pipe(log);
	child.stderr?.pipe(log);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = async () => {
		await stopChild(child, exited);
		log.end();
	};
	try {
		await waitFor(`Redis on port ${port}`, async () => child.exitCode === null && (await redisAnswersPing(port)), () => child.exitCode !== null);
	} catch (error) {
		await stop();
		throw error;
	}
	return stop;
}

async function redisAnswersPing(port: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const socket = connect({ host: '127.0.0.1', port });
		let answer = '';
		const done = (value: boolean) => {
			socket.destroy();
			resolve(value);
		};
		socket.setTimeout(2000, () => done(false));
		socket.once('error', () => done(false));
		socket.once('connect', () => socket.write('PING\r\n'));
		socket.on('data', (chunk: Buffer) => {
			answer += chunk.toString();
			if (answer.includes('\r\n')) done(answer.startsWith('+PONG'));
		});
	});
}

/**
 * `initdb` into `dataFolder` (as the postgres user when run as root: PostgreSQL refuses to run as root), then
 * `pg_ctl start` on 127.0.0.1:`port` with its socket in the same folder. A password is set for n8n's login.
 */
async function startPostgres(dataFolder: string, port: number): Promise<() => Promise<void>> {
	const bin = postgresBin()!;
	const data = join(dataFolder, 'data');
	const sockets = join(dataFolder, 'sockets');
	mkdirSync(sockets, { recursive: true });
	const asRoot = process.getuid?.() === 0;
	if (asRoot) {
		const uid = Number((await runOrThrow('id', ['-u', 'postgres'])).stdout.trim());
		const gid = Number((await runOrThrow('id', ['-g', 'postgres'])).stdout.trim());
		chownSync(dataFolder, uid, gid);
		chownSync(sockets, uid, gid);
	}
	const asPostgres = async (command: string, args: string[]) =>
		await runOrThrow(asRoot ? 'runuser' : join(bin, command), asRoot ? ['-u', 'postgres', '--', join(bin, command), ...args] : args, { cwd: dataFolder });

	await asPostgres('initdb', ['-D', data, '--auth=trust', '--username=postgres', '--encoding=UTF8', '--no-sync']);
	const options = `-p ${port} -k ${sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
	const stop = async () => {
		const result = await run(asRoot ? 'runuser' : join(bin, 'pg_ctl'), [...(asRoot ? ['-u', 'postgres', '--', join(bin, 'pg_ctl')] : []), '-D', data, '-m', 'fast', '-w', '-t', '30', 'stop']);
		if (result.code !== 0) killPostmaster(data);
	};
	try {
		await asPostgres('pg_ctl', ['-D', data, '-l', join(dataFolder, 'postgres.log'), '-w', '-t', String(READY_TIMEOUT_MS / 1000), '-o', options, 'start']);
		await asPostgres('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', "ALTER USER postgres PASSWORD 'postgres'"]);
	} catch (error) {
		await stop();
		throw error;
	}
	return stop;
}

/** When `pg_ctl stop` fails: the postmaster's pid is the first line of postmaster.pid. */
function killPostmaster(data: string): void {
	try {
		const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
		if (pid > 0) process.kill(pid, 'SIGKILL');
	} catch {
		// Not running.
	}
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
	try {
		process.kill(-child.pid, 'SIGTERM');
	} catch {
		return;
	}
	const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000))]);
	if (!stopped) {
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			// Gone meanwhile.
		}
		await exited;
	}
}

async function waitFor(what: string, ready: () => Promise<boolean>, failed: () => boolean): Promise<void> {
	const deadline = Date.now() + READY_TIMEOUT_MS;
	while (Date.now() < deadline) {
		if (failed()) throw new Error(`${what} exited while starting`);
		if (await ready()) return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`${what} was not ready after ${READY_TIMEOUT_MS / 1000} s`);
}
