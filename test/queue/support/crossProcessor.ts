/**
 * The cross-processor measurement of the NHSJob Trigger's delivery memory (test/queue/crossProcessor.test.ts):
 * trials of two copies of one signed delivery, one to each webhook processor, the second delayed by a gap; what
 * each trial saw, and the table the README quotes.
 */

/** When the second copy's gap starts: when the first copy was sent, or when its answer came back. */
export type GapFrom = 'sent' | 'answered';

export interface Trial {
	readonly from: GapFrom;
	/** The gap asked for. */
	readonly gapMs: number;
	/** The gap as it happened (timers run late on a busy machine). */
	readonly actualGapMs: number;
	/** Which processor got the first copy: 1 (WEBHOOK_URL's) or 2; trials alternate. */
	readonly firstAt: 1 | 2;
	readonly jobId: string;
	/** How long the first copy took to be answered. */
	readonly firstAnswerMs: number;
	/** What the second copy was answered: started a run or not ("already received"). */
	readonly secondStarted: boolean;
	/** When the second copy was sent (epoch ms). */
	readonly secondSentAtWall: number;
	/** Executions started for the event, read from n8n. */
	runs: number;
	/** When the event's first execution ended on a worker (epoch ms, n8n's stoppedAt). */
	firstRunEndedAtWall?: number;
}

/** A trial caught the copy when its event ran once. */
export const caught = (trial: Trial) => trial.runs === 1;

/** The smallest gap of the ladder from which every trial, at that gap and every larger one, caught the copy. */
export function smallestSafeGap(trials: readonly Trial[], from: GapFrom): number | undefined {
	const gaps = [...new Set(trials.filter((trial) => trial.from === from).map((trial) => trial.gapMs))].sort((a, b) => a - b);
	let safe: number | undefined;
	for (const gap of [...gaps].reverse()) {
		if (!trials.filter((trial) => trial.from === from && trial.gapMs === gap).every(caught)) break;
		safe = gap;
	}
	return safe;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The table: one row per gap, the share of trials caught for each way of counting the gap. */
export function measurementTable(trials: readonly Trial[], header: string): string {
	const gaps = [...new Set(trials.map((trial) => trial.gapMs))].sort((a, b) => a - b);
	const cell = (from: GapFrom, gap: number) => {
		const these = trials.filter((trial) => trial.from === from && trial.gapMs === gap);
		if (these.length === 0) return '–';
		const share = these.filter(caught).length;
		const actual = median(these.map((trial) => trial.actualGapMs));
		return `${share}/${these.length} (${Math.round((share / these.length) * 100)} %), actual ${Math.round(actual)} ms`;
	};
	const lines = [
		header,
		'',
		'| Second copy sent | after the first was sent: caught | after the first was answered: caught |',
		'| --- | --- | --- |',
		...gaps.map((gap) => `| ${gap} ms | ${cell('sent', gap)} | ${cell('answered', gap)} |`),
		'',
		`Smallest gap from which every trial caught the copy: after sending ${describeGap(smallestSafeGap(trials, 'sent'))}; after the answer ${describeGap(smallestSafeGap(trials, 'answered'))}.`,
		`First copy answered in ${Math.round(median(trials.map((trial) => trial.firstAnswerMs)))} ms (median), ` +
			`${Math.round(Math.max(...trials.map((trial) => trial.firstAnswerMs)))} ms at most.`,
	];
	const caughtEarly = trials.filter((trial) => caught(trial) && trial.firstRunEndedAtWall !== undefined && trial.secondSentAtWall < trial.firstRunEndedAtWall);
	lines.push(`Caught copies sent before the first copy's run had ended on a worker: ${caughtEarly.length} of ${trials.filter(caught).length}.`);
	const disagreeing = trials.filter((trial) => trial.secondStarted !== (trial.runs === 2));
	if (disagreeing.length > 0) lines.push(`Trials whose second answer disagrees with the executions: ${disagreeing.map((trial) => trial.jobId).join(', ')}`);
	return lines.join('\n');
}

function describeGap(gap: number | undefined): string {
	return gap === undefined ? 'none of the gaps tried' : `${gap} ms`;
}
