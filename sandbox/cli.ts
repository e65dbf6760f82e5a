import { PROVIDER_NAMES } from './registry';
import { startSandbox } from './server';

const DEFAULT_PORT = 4010;

interface CliOptions {
	readonly port: number;
	readonly host: string;
	readonly jobs?: number;
}

const USAGE = 'Usage: node dist-tools/sandbox/cli.js [--port 4010] [--host 127.0.0.1] [--jobs N]';

function parseArguments(argv: string[]): CliOptions {
	const values: Record<string, string> = {};
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index];
		if (argument === '--help' || argument === '-h') {
			console.log(USAGE);
			process.exit(0);
		}
		const match = /^--(port|host|jobs)(?:=(.*))?$/.exec(argument);
		if (!match) throw new Error(`Unknown argument "${argument}". ${USAGE}`);
		const value = match[2] ?? argv[++index];
		if (value === undefined) throw new Error(`--${match[1]} needs a value. ${USAGE}`);
		values[match[1]] = value;
	}
	const port = Number(values.port ?? process.env.SANDBOX_PORT ?? DEFAULT_PORT);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port "${values.port ?? process.env.SANDBOX_PORT}".`);
	const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
	if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 0)) throw new Error(`Invalid --jobs "${values.jobs}".`);
	return { port, host: values.host ?? '127.0.0.1', jobs };
}

async function main(): Promise<void> {
	const options = parseArguments(process.argv.slice(2));
	const sandbox = await startSandbox({
		port: options.port,
		host: options.host,
		seed: options.jobs === undefined ? {} : { jobcase: { jobs: options.jobs } },
	});
	console.log(`Provider sandbox listening on ${sandbox.url}`);
	for (const name of PROVIDER_NAMES) {
		const hints = Object.entries(sandbox.providers[name].connectionHints())
			.map(([key, value]) => `${key}: ${value}`)
			.join(', ');
		console.log(`  ${name.padEnd(9)} ${sandbox.baseUrl(name)}  (${hints})`);
	}
	console.log(`  control   ${sandbox.url}/_control  (reset, config, faults, requests)`);

	const shutdown = (signal: string) => {
		console.log(`\n${signal} received, closing the sandbox.`);
		sandbox.close().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.once('SIGINT', () => shutdown('SIGINT'));
	process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
