import type { ExecutionSummary, N8nApi } from '../../../scripts/n8n/api';
import { eventually } from './wait';
import { freePort } from '../../../scripts/n8n/ports';

/** Statuses of an execution that has ended (n8n's public API lists only those unless asked for running ones). */
const ENDED = new Set(['success', 'error', 'crashed', 'canceled']);

/**
 * The executions of one workflow that start after this watch is made. The suite shares one n8n, so tests count
 * what is new since their own starting point instead of counting everything.
 */
export class ExecutionWatch {
	private constructor(
		private readonly api: N8nApi,
		private readonly logFile: string,
		readonly workflowId: string,
		private readonly known: ReadonlySet<string>,
		private readonly label: string,
	) {}

	/** Remembers the executions the workflow has now. */
	static async start(api: N8nApi, logFile: string, workflowId: string, label = `workflow ${workflowId}`): Promise<ExecutionWatch> {
		const known = new Set((await api.executions(workflowId)).map((execution) => execution.id));
		return new ExecutionWatch(api, logFile, workflowId, known, label);
	}

	/** Executions that ended since the watch started, oldest first, with their data. */
	async ended(): Promise<ExecutionSummary[]> {
		const all = await this.api.executions(this.workflowId);
		return all
			.filter((execution) => !this.known.has(execution.id) && ENDED.has(execution.status))
			.sort((a, b) => Number(a.id) - Number(b.id) || a.startedAt.localeCompare(b.startedAt));
	}

	/** Waits until at least `count` new executions have ended and answers them, oldest first. */
	async waitFor(count: number, timeoutMs: number, what = `${count} new execution(s) of ${this.label}`): Promise<ExecutionSummary[]> {
		let last: ExecutionSummary[] = [];
		return await eventually(
			what,
			async () => {
				last = await this.ended();
				return last.length >= count ? last : undefined;
			},
			{ timeoutMs, intervalMs: 1000, logFile: this.logFile },
			() => `${last.length} new execution(s): ${JSON.stringify(last.map((execution) => ({ id: execution.id, status: execution.status, mode: execution.mode })))}`,
		);
	}

	/**
	 * Waits until an execution satisfying `match` has ended, and answers every execution that ended since the watch
	 * started, oldest first. Send a delivery that must run after ones that must not, wait for its execution here, and
	 * any execution the others started (before it) is in the answer too.
	 */
	async waitUntil(what: string, match: (execution: ExecutionSummary) => boolean, timeoutMs: number): Promise<ExecutionSummary[]> {
		let last: ExecutionSummary[] = [];
		return await eventually(
			`${what} (${this.label})`,
			async () => {
				last = await this.ended();
				return last.some(match) ? last : undefined;
			},
			{ timeoutMs, intervalMs: 500, logFile: this.logFile },
			() => `${last.length} new execution(s): ${last.map(summarise).join(' | ')}`,
		);
	}

	/** Waits for the one execution an action should start, and checks that it is the only one. */
	async waitForOne(timeoutMs: number, what?: string): Promise<ExecutionSummary> {
		const executions = await this.waitFor(1, timeoutMs, what);
		expect(executions.map((execution) => execution.id)).toHaveLength(1);
		return executions[0];
	}
}

type Json = Record<string, unknown>;

/** The items one node put on one of its outputs in the execution's first run of it ([] when none). */
export function outputOf(execution: ExecutionSummary, node: string, output = 0): Json[] {
	const runs = execution.data?.resultData.runData[node];
	if (!runs || runs.length === 0) return [];
	return (runs[0].data?.main?.[output] ?? []).map((item) => item.json);
}

/** The items on every output of a node, by output index. */
export function outputsOf(execution: ExecutionSummary, node: string): Json[][] {
	const runs = execution.data?.resultData.runData[node];
	if (!runs || runs.length === 0) return [];
	return (runs[0].data?.main ?? []).map((items) => (items ?? []).map((item) => item.json));
}

/** The nodes that ran, in no particular order. */
export function nodesRun(execution: ExecutionSummary): string[] {
	return Object.keys(execution.data?.resultData.runData ?? {});
}

/** A one-line account of an execution, for failure messages. */
export function summarise(execution: ExecutionSummary): string {
	const error = execution.data?.resultData.error?.message;
	const nodes = Object.entries(execution.data?.resultData.runData ?? {}).map(([name, runs]) => {
		const failed = runs[0]?.error?.message;
		return failed ? `${name} (failed: ${failed})` : name;
	});
	return `execution ${execution.id} ${execution.status}${error ? ` (${error})` : ''}; nodes run: ${nodes.join(', ')}`;
}

/** Every execution n8n keeps, of any workflow, with its data (the public API pages them with a cursor). */
export async function allExecutions(api: N8nApi): Promise<ExecutionSummary[]> {
	const collected: ExecutionSummary[] = [];
	let cursor: string | undefined;
	do {
		const page = await api.publicApi<{ data: ExecutionSummary[]; nextCursor?: string | null }>(
			'GET',
			`/executions?includeData=true&limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
		);
		collected.push(...page.data);
		cursor = page.nextCursor ?? undefined;
	} while (cursor);
	return collected;
}

/**
 * Runs a workflow with `n8n execute --rawOutput` against the running instance (its own task broker needs a port
 * of its own) and reads the result: the pretty-printed JSON opens and closes with a brace alone on a line, and n8n
 * may log more lines after it.
 */
export async function executeWithCli(
	cli: (args: string[], extraEnv?: Record<string, string>) => Promise<{ code: number; stdout: string; stderr: string }>,
	workflowId: string,
): Promise<Omit<ExecutionSummary, 'id' | 'workflowId'>> {
	const run = await cli(['execute', `--id=${workflowId}`, '--rawOutput'], { N8N_RUNNERS_BROKER_PORT: String(await freePort()) });
	const lines = run.stdout.split('\n');
	const start = lines.indexOf('{');
	const end = lines.indexOf('}', start);
	if (run.code !== 0 || start < 0 || end < 0) throw new Error(`n8n execute exited ${run.code}:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
	return JSON.parse(lines.slice(start, end + 1).join('\n')) as Omit<ExecutionSummary, 'id' | 'workflowId'>;
}
