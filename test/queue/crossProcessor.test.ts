/**
 * The NHSJob Trigger's delivery memory across two webhook processors. n8n offers a node no shared atomic store:
 * what one processor remembers reaches the other only through the workflow's static data in the database. This
 * measures how far apart two copies of one signed delivery, one sent to each processor, must arrive for the second
 * to be recognised (one run), prints the table (and writes it to dist-tools/queue-measurement.txt), and asserts
 * what users depend on: copies at one processor start one run; across processors, a copy sent more than the
 * measured gap after the first was answered starts none (when no other delivery of the workflow is being saved
 * meanwhile: n8n saves static data whole, so the later of two overlapping saves drops what the earlier one added,
 * which this file measures too).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import type { ExecutionSummary } from '../../scripts/n8n/api';
import { PROJECT_ROOT } from '../../scripts/n8n/paths';
import type { NhsJobSubscription } from '../../sandbox/client';
import { signDelivery, type SignedDelivery } from '../../sandbox/nhsjob/webhooks/signDelivery';
import { queueContext } from './support/context';
import { caught, type GapFrom, measurementTable, type Trial } from './support/crossProcessor';
import { eventually, outputOf } from './support/imports';

const context = queueContext();
const { api, control } = context;

/** Gaps tried (ms), each `TRIALS` times for each way of counting it; QUEUE_GAPS / QUEUE_TRIALS override. */
const GAPS_MS = (process.env.QUEUE_GAPS ?? '0,10,25,50,100,200,400,800,1600').split(',').map(Number);
const TRIALS = Number(process.env.QUEUE_TRIALS ?? 5);
/** Pause between trials, so that one trial's saving and runs do not crowd the next. */
const BETWEEN_TRIALS_MS = 300;
/**
 * Across processors, a copy sent this long after the first copy was answered is asserted to start no run. Chosen
 * from the measurement (in three runs on a shared 2-core machine, every copy sent 50 ms or more after the answer was
 * caught, 14 of 15 at 25 ms, 11 of 15 at 0 ms; see the README's "Delivery memory"), with an 8-fold margin.
 */
const ASSERTED_GAP_AFTER_ANSWER_MS = 400;
/** How long after two different deliveries (one at each processor) each one's copy goes to the other processor. */
const CROSSED_COPY_AFTER_MS = 1000;
const CROSSED_TRIALS = 10;
const MEASUREMENT_FILE = join(PROJECT_ROOT, 'dist-tools', 'queue-measurement.txt');

const example = context.example('nhsjob-new-jobs-to-jobcase.json');
const trigger = 'When a Job Is Posted on NHSJob';
const path = new URL(example.webhookUrls[trigger]).pathname;
const processors = { 1: context.webhookUrl, 2: context.secondWebhookUrl } as const;
/** Every job id of this file starts with it, which tells its executions from the other files'. */
const tag = `job_cross_${randomUUID().slice(0, 6)}`;
let subscription: NhsJobSubscription;
let counter = 0;

beforeAll(async () => {
	await context.ownerApi();
	const registered = (await control.nhsjobWebhooks()).filter((webhook) => webhook.url === example.webhookUrls[trigger]);
	expect(registered).toHaveLength(1);
	subscription = registered[0];
});

/** A signed job.created delivery with a fresh event id and job id, as NHSJob would send it. */
function delivery(): { jobId: string; signed: SignedDelivery } {
	const jobId = `${tag}_${++counter}`;
	const event = {
		id: `evt_${randomUUID()}`,
		type: 'job.created',
		created_at: new Date().toISOString(),
		data: { id: jobId, title: `Physiotherapist (${jobId})`, description: 'Test listing.', location: 'York', specialty: 'Physiotherapy', status: 'open' },
	};
	return { jobId, signed: signDelivery(event, subscription, 'signed', Date.now(), 0) };
}

interface Answer {
	readonly status: number;
	readonly started: boolean;
	readonly sentAt: number;
	readonly answeredAt: number;
	/** sentAt on the wall clock, to compare with n8n's execution times. */
	readonly sentAtWall: number;
}

async function send(processor: 1 | 2, signed: SignedDelivery): Promise<Answer> {
	const sentAt = performance.now();
	const response = await fetch(`${processors[processor]}${path}`, { method: 'POST', headers: signed.headers, body: signed.body });
	const body = (await response.json()) as { started?: boolean };
	return { status: response.status, started: body.started !== false, sentAt, answeredAt: performance.now(), sentAtWall: Date.now() - (performance.now() - sentAt) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Two copies of one delivery: the first to `firstAt`, the second to the other processor `gapMs` after the first was sent or answered. */
async function trial(from: GapFrom, gapMs: number, firstAt: 1 | 2): Promise<Trial> {
	const { jobId, signed } = delivery();
	const other = firstAt === 1 ? 2 : 1;
	let first: Answer;
	let second: Answer;
	if (from === 'sent') {
		const firstPromise = send(firstAt, signed);
		if (gapMs > 0) await sleep(gapMs);
		[first, second] = await Promise.all([firstPromise, send(other, signed)]);
	} else {
		first = await send(firstAt, signed);
		if (gapMs > 0) await sleep(gapMs);
		second = await send(other, signed);
	}
	expect([first.status, second.status]).toEqual([200, 200]);
	expect(first.started || second.started).toBe(true);
	return {
		from,
		gapMs,
		actualGapMs: second.sentAt - (from === 'sent' ? first.sentAt : first.answeredAt),
		firstAt,
		jobId,
		firstAnswerMs: first.answeredAt - first.sentAt,
		secondStarted: first.started && second.started,
		secondSentAtWall: second.sentAtWall,
		runs: 0,
	};
}

/** Every execution of the example workflow (the public API lists running and queued ones too when no status is asked). */
async function allRuns(): Promise<ExecutionSummary[]> {
	const collected: ExecutionSummary[] = [];
	let cursor: string | undefined;
	do {
		const page = await api.publicApi<{ data: ExecutionSummary[]; nextCursor?: string | null }>(
			'GET',
			`/executions?workflowId=${example.id}&includeData=true&limit=250${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
		);
		collected.push(...page.data);
		cursor = page.nextCursor ?? undefined;
	} while (cursor);
	return collected;
}

/**
 * Executions per job id of this file, once every expected job has run and no execution of the workflow is queued or
 * running (each execution is created by the webhook processor right after its answer, so none can appear later).
 */
async function runsPerJob(firstRunEnded: Map<string, number>, expectedJobs: readonly string[]): Promise<Map<string, number>> {
	let seen = new Map<string, number>();
	let pending = 0;
	return await eventually(
		`executions for ${expectedJobs.length} deliveries`,
		async () => {
			const executions = await allRuns();
			pending = executions.filter((execution) => !['success', 'error', 'crashed', 'canceled'].includes(execution.status)).length;
			seen = new Map();
			for (const execution of executions) {
				for (const event of outputOf(execution, trigger)) {
					const id = (event.data as { id?: string } | undefined)?.id;
					if (!id?.startsWith(tag)) continue;
					seen.set(id, (seen.get(id) ?? 0) + 1);
					const stoppedAt = Date.parse((execution as ExecutionSummary & { stoppedAt?: string }).stoppedAt ?? '');
					if (Number.isFinite(stoppedAt)) firstRunEnded.set(id, Math.min(firstRunEnded.get(id) ?? Infinity, stoppedAt));
				}
			}
			return pending === 0 && expectedJobs.every((job) => seen.has(job)) ? seen : undefined;
		},
		{ timeoutMs: 180_000, intervalMs: 2000, logFile: context.logFile },
		() => `${pending} queued or running; seen ${seen.size} of ${expectedJobs.length} jobs`,
	);
}

describe(`NHSJob Trigger across two webhook processors, n8n ${context.n8nVersion} queue mode`, () => {
	const oneProcessor: Array<{ processor: 1 | 2; jobId: string }> = [];
	const trials: Trial[] = [];
	/** Two different deliveries at the same moment, one at each processor; each one's copy later at the other. */
	const crossed: Array<{ jobId: string; copyTo: 1 | 2 }> = [];
	let runs: Map<string, number>;

	beforeAll(async () => {
		// Warm up both processors (first calls load code and open connections), then two copies at the same moment
		// at one processor, three times at each.
		for (const processor of [1, 2] as const) expect((await send(processor, delivery().signed)).status).toBe(200);
		for (let round = 0; round < 3; round++) {
			for (const processor of [1, 2] as const) {
				const { jobId, signed } = delivery();
				const answers = await Promise.all([send(processor, signed), send(processor, signed)]);
				expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
				oneProcessor.push({ processor, jobId });
				await sleep(BETWEEN_TRIALS_MS);
			}
		}
		// The ladder: each round tries every gap both ways in a shuffled order, the first copy alternating between
		// the processors, so that load changes over the run fall on every gap alike.
		for (let round = 0; round < TRIALS; round++) {
			const plan = GAPS_MS.flatMap((gapMs) => (['sent', 'answered'] as const).map((from) => ({ from, gapMs })));
			for (let index = plan.length - 1; index > 0; index--) {
				const other = Math.floor(Math.random() * (index + 1));
				[plan[index], plan[other]] = [plan[other], plan[index]];
			}
			for (const [index, step] of plan.entries()) {
				trials.push(await trial(step.from, step.gapMs, (round + index) % 2 === 0 ? 1 : 2));
				await sleep(BETWEEN_TRIALS_MS);
			}
		}
		// Static data is saved whole: does a save by one processor drop what the other saved meanwhile?
		for (let round = 0; round < CROSSED_TRIALS; round++) {
			const atOne = delivery();
			const atTwo = delivery();
			const answers = await Promise.all([send(1, atOne.signed), send(2, atTwo.signed)]);
			expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
			await sleep(CROSSED_COPY_AFTER_MS);
			expect((await send(2, atOne.signed)).status).toBe(200);
			expect((await send(1, atTwo.signed)).status).toBe(200);
			crossed.push({ jobId: atOne.jobId, copyTo: 2 }, { jobId: atTwo.jobId, copyTo: 1 });
			await sleep(BETWEEN_TRIALS_MS);
		}
		await sleep(2000);
		const firstRunEnded = new Map<string, number>();
		runs = await runsPerJob(firstRunEnded, [...oneProcessor.map((copy) => copy.jobId), ...trials.map((one) => one.jobId), ...crossed.map((copy) => copy.jobId)]);
		for (const one of trials) {
			one.runs = runs.get(one.jobId) ?? 0;
			one.firstRunEndedAtWall = firstRunEnded.get(one.jobId);
		}

		const table = measurementTable(
			trials,
			`NHSJob Trigger, n8n ${context.n8nVersion} queue mode, two webhook processors: two copies of one signed delivery, ` +
				`one to each processor, the second after a gap; ${TRIALS} trials per cell; caught = the event ran once. ${new Date().toISOString()}`,
		);
		const crossedCaught = crossed.filter((copy) => runs.get(copy.jobId) === 1).length;
		const crossedLine =
			`Two different deliveries at the same moment, one at each processor, each copied to the other processor ${CROSSED_COPY_AFTER_MS} ms later: ` +
			`${crossedCaught} of ${crossed.length} copies caught (${crossed.length - crossedCaught} ran again).`;
		const report = `${table}\n${crossedLine}`;
		mkdirSync(join(PROJECT_ROOT, 'dist-tools'), { recursive: true });
		writeFileSync(MEASUREMENT_FILE, `${report}\n\nTrials (JSON):\n${JSON.stringify(trials)}\nCrossed (JSON):\n${JSON.stringify(crossed.map((copy) => ({ ...copy, runs: runs.get(copy.jobId) })))}\n`);
		process.stdout.write(`\n===== delivery memory across webhook processors =====\n${report}\n(also in ${MEASUREMENT_FILE})\n=====\n\n`);
	}, 600_000);

	it('two copies at the same moment at one processor start one run (each processor, three times)', () => {
		expect(oneProcessor.map((copy) => ({ ...copy, runs: runs.get(copy.jobId) }))).toEqual(oneProcessor.map((copy) => ({ ...copy, runs: 1 })));
	});

	it('every delivery runs at least once, and at most once per processor (nothing is lost)', () => {
		expect(trials.filter((one) => one.runs < 1 || one.runs > 2)).toEqual([]);
		const crossedRuns = crossed.map((copy) => runs.get(copy.jobId) ?? 0);
		expect(crossedRuns.filter((count) => count < 1 || count > 2)).toEqual([]);
	});

	it(`a copy sent to the other processor ${ASSERTED_GAP_AFTER_ANSWER_MS} ms or more after the first was answered starts no run (no other delivery saved meanwhile)`, () => {
		const late = trials.filter((one) => one.from === 'answered' && one.gapMs >= ASSERTED_GAP_AFTER_ANSWER_MS);
		expect(late.length).toBeGreaterThan(0);
		expect(late.filter((one) => !caught(one))).toEqual([]);
	});
});
