import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { JobtrainChange } from '../../sandbox/client';
import { API_PASSWORD, CLIENT_SECRET, apiCalls, startJobtrain, type JobtrainFixture } from './fixture';

let jobtrain: JobtrainFixture;
beforeAll(async () => {
	jobtrain = await startJobtrain({ jobs: 80, applications: 150 });
});
afterAll(async () => await jobtrain.close());
beforeEach(async () => {
	await jobtrain.control.jobtrainClearDisruptions();
	await jobtrain.control.clearRequests();
});

const allEvents = { events: ['newJob', 'jobUpdated', 'newApplication', 'applicationStatusChanged'] };

const EVENT_OF: Record<JobtrainChange['kind'], string> = {
	newJob: 'newJob',
	updateJob: 'jobUpdated',
	closeJob: 'jobUpdated',
	newApplication: 'newApplication',
	statusChange: 'applicationStatusChanged',
};

/** What the trigger should emit for changes the sandbox made, in the order it made them. */
const expected = (changes: JobtrainChange[]) =>
	changes.map((change) => ({
		event: EVENT_OF[change.kind],
		id: change.applicationId ?? change.jobId,
		status: change.status,
		changedAt: change.at,
	}));

const emitted = (items: INodeExecutionData[]) =>
	items.map(({ json }) => ({
		event: json.event,
		id: String(json.event).includes('pplication') ? json.applicationId : json.jobId,
		status: json.status,
		changedAt: json.changedAt,
	}));

/** Activates the trigger: its first poll records where Jobtrain stands and emits nothing. */
async function activate(parameters: IDataObject = allEvents): Promise<IDataObject> {
	const first = await jobtrain.poll(parameters);
	expect(first.error).toBeUndefined();
	expect(first.emitted).toBe(false);
	return first.staticData;
}

describe('Jobtrain Trigger', () => {
	it('the first activation starts from now: history in the 24-hour export is not replayed', async () => {
		await jobtrain.change({ kind: 'newJob', count: 2 }, { kind: 'newApplication', count: 5 }, { kind: 'statusChange', applicationId: 1, status: 'Interview' });
		const staticData = await activate();
		expect(staticData).toMatchObject({ jobs: expect.any(Object), applications: expect.any(Object) });
		const second = await jobtrain.poll(allEvents, staticData);
		expect(second.emitted).toBe(false);
		expect(second.items).toEqual([]);
	});

	it('emits a sequence of changes exactly once each, in order, across polls', async () => {
		let staticData = await activate();
		const [{ applicationId: firstApplication }] = await jobtrain.change({ kind: 'newApplication' });
		let poll = await jobtrain.poll(allEvents, staticData);
		expect(poll.items).toHaveLength(1);
		staticData = poll.staticData;

		const batchA = await jobtrain.change(
			{ kind: 'newJob' },
			{ kind: 'newApplication', count: 3 },
			{ kind: 'statusChange', applicationId: firstApplication as number, status: 'Screening' },
			{ kind: 'updateJob', jobId: 3, jobTitle: 'Senior Care Assistant' },
			{ kind: 'closeJob', jobId: 4 },
		);
		poll = await jobtrain.poll(allEvents, staticData);
		expect(poll.error).toBeUndefined();
		expect(emitted(poll.items)).toEqual(expected(batchA));
		expect(poll.items.find((item) => item.json.event === 'applicationStatusChanged')?.json).toMatchObject({ status: 'Screening', previousStatus: 'Applied' });
		expect(poll.items.find((item) => item.json.jobId === 4 && item.json.event === 'jobUpdated')?.json.status).toBe('Closed');
		staticData = poll.staticData;

		poll = await jobtrain.poll(allEvents, staticData);
		expect(poll.emitted).toBe(false);
		staticData = poll.staticData;

		// More than two pages of the export, and two status changes of one application between polls.
		const batchB = await jobtrain.change(
			{ kind: 'newApplication', count: 230 },
			{ kind: 'statusChange', applicationId: firstApplication as number, status: 'Interview' },
			{ kind: 'statusChange', applicationId: firstApplication as number, status: 'Offered' },
			{ kind: 'newJob', count: 2 },
		);
		await jobtrain.control.clearRequests();
		poll = await jobtrain.poll(allEvents, staticData);
		expect(emitted(poll.items)).toEqual(expected(batchB));
		const exportPages = apiCalls(await jobtrain.requests()).filter((request) => request.path === '/export/applications');
		const state = await jobtrain.control.jobtrainState();
		expect(exportPages.map((request) => request.query.PageNo)).toEqual(
			Array.from({ length: Math.ceil(state.counts.changedInLast24Hours / 100) }, (_, index) => String(index + 1)),
		);
		expect(exportPages.length).toBeGreaterThanOrEqual(3);

		poll = await jobtrain.poll(allEvents, poll.staticData);
		expect(poll.emitted).toBe(false);
	});

	it('a poll that fails midway emits nothing, and the next poll emits everything once, skipping nothing', async () => {
		const staticData = await activate();
		const before = await jobtrain.change({ kind: 'newApplication', count: 150 }, { kind: 'updateJob', jobId: 7 }, { kind: 'newApplication', count: 60 });
		await jobtrain.control.jobtrainFailure({ pathContains: '/export/applications', pageNo: 2, status: 500 });

		const failed = await jobtrain.poll(allEvents, staticData);
		expect(failed.error?.message).toBe('Jobtrain rejected the request (500): There was a problem with the server. Please repeat the action.');
		expect(failed.emitted).toBe(false);
		expect(failed.staticData).toEqual(staticData);

		const after = await jobtrain.change({ kind: 'closeJob', jobId: 8 }, { kind: 'newApplication', count: 2 });
		const recovered = await jobtrain.poll(allEvents, failed.staticData);
		expect(recovered.error).toBeUndefined();
		expect(emitted(recovered.items)).toEqual(expected([...before, ...after]));

		const quiet = await jobtrain.poll(allEvents, recovered.staticData);
		expect(quiet.emitted).toBe(false);
	});

	it('a change that lands while the pages are read shifts them, yet nothing is skipped or repeated', async () => {
		const staticData = await activate();
		const batch = await jobtrain.change({ kind: 'newApplication', count: 150 });
		const { counts } = await jobtrain.control.jobtrainState();
		const lastPage = Math.ceil(counts.changedInLast24Hours / 100);
		// An application from an earlier page changes status just before the last page is served, so it moves to the end.
		await jobtrain.control.jobtrainChangesDuringRead({ pathContains: '/export/applications', pageNo: lastPage }, [
			{ kind: 'statusChange', applicationId: batch[0].applicationId as number, status: 'Screening' },
		]);
		const poll = await jobtrain.poll(allEvents, staticData);
		const during = (await jobtrain.control.jobtrainChangeLog()).at(-1) as JobtrainChange;
		expect(during).toMatchObject({ kind: 'statusChange', applicationId: batch[0].applicationId });
		expect(emitted(poll.items)).toEqual(expected([...batch, during]));
		expect((await jobtrain.poll(allEvents, poll.staticData)).emitted).toBe(false);
	});

	it('emits only the chosen events, and still moves past the others', async () => {
		const onlyStatus = { events: ['applicationStatusChanged'] };
		const staticData = await activate(onlyStatus);
		const [created] = await jobtrain.change({ kind: 'newApplication' }, { kind: 'newJob' });
		const changed = await jobtrain.change({ kind: 'statusChange', applicationId: created.applicationId as number, status: 'Rejected' });
		const poll = await jobtrain.poll(onlyStatus, staticData);
		expect(emitted(poll.items)).toEqual(expected(changed));
		expect(apiCalls(await jobtrain.requests()).some((request) => request.path === '/jobs')).toBe(false);
		expect((await jobtrain.poll(onlyStatus, poll.staticData)).emitted).toBe(false);
	});

	it('a manual test run returns the most recent record and leaves the cursor alone', async () => {
		const staticData = await activate();
		const [latest] = await jobtrain.change({ kind: 'newApplication' });
		const manual = await jobtrain.poll(allEvents, staticData, 'manual');
		expect(manual.items).toHaveLength(1);
		expect(manual.items[0].json).toMatchObject({ event: 'newApplication', applicationId: latest.applicationId, candidate: { email: expect.any(String) } });
		expect(manual.staticData).toEqual(staticData);
		const live = await jobtrain.poll(allEvents, staticData);
		expect(emitted(live.items)).toEqual(expected([latest]));
	});

	it('renews an expired token while polling and never shows secrets', async () => {
		const staticData = await activate();
		await jobtrain.control.jobtrainAdvanceClock(31 * 60);
		const changes = await jobtrain.change({ kind: 'newJob' });
		const poll = await jobtrain.poll(allEvents, staticData);
		expect(emitted(poll.items)).toEqual(expected(changes));
		await jobtrain.control.jobtrainFailure({ pathContains: '/jobs', status: 500 });
		const failed = await jobtrain.poll(allEvents, poll.staticData);
		expect(failed.error).toBeDefined();
		const token = jobtrain.storedToken() as string;
		for (const result of [poll, failed]) {
			for (const secret of [CLIENT_SECRET, API_PASSWORD, token]) expect(result.serialized).not.toContain(secret);
		}
	});
});

/**
 * Each change exactly once when Jobtrain's change times are awkward. These poll as n8n does: static data
 * is kept from the activation poll and from polls that emit, and a poll that emits nothing saves nothing.
 */
describe('Jobtrain Trigger: each change exactly once, whatever the change times', () => {
	const ORDER = ['newJob', 'jobUpdated', 'newApplication', 'applicationStatusChanged'];
	/** The trigger's order: oldest first, then jobs before applications, then by ID. */
	const inTriggerOrder = <T extends { event: unknown; id: unknown; changedAt: unknown }>(items: T[]) =>
		[...items].sort(
			(a, b) =>
				Date.parse(String(a.changedAt)) - Date.parse(String(b.changedAt)) ||
				ORDER.indexOf(String(a.event)) - ORDER.indexOf(String(b.event)) ||
				Number(a.id) - Number(b.id),
		);

	interface Round {
		/** Makes this round's changes; returns those the next poll must emit. */
		make: (jt: JobtrainFixture, now: () => Promise<number>, earlier: JobtrainChange[]) => Promise<JobtrainChange[]>;
	}
	interface Scenario {
		name: string;
		clock?: { offsetSeconds?: number; resolutionSeconds?: number };
		rounds: Round[];
	}

	const at = (ms: number) => new Date(ms).toISOString();
	const MINUTE = 60_000;
	const applicationOf = (changes: JobtrainChange[], index = 0) => changes.filter((change) => change.kind === 'newApplication')[index].applicationId as number;
	const jobOf = (changes: JobtrainChange[], index = 0) => changes.filter((change) => change.kind === 'newJob')[index].jobId;
	const made = (...steps: Parameters<JobtrainFixture['change']>) => (jt: JobtrainFixture) => jt.change(...steps);
	/** Expected output of a round: what `make` returns unless it says otherwise. */
	const everyday: Round = { make: made({ kind: 'newJob' }, { kind: 'newApplication', count: 2 }, { kind: 'updateJob', jobId: 2 }) };

	const scenarios: Scenario[] = [
		{
			name: 'twins: a change whose time equals one emitted by the previous poll',
			rounds: [
				everyday,
				{
					make: async (jt, _, earlier) => {
						const stamp = earlier.at(-1)?.at as string;
						return await jt.change(
							{ kind: 'newJob', at: stamp },
							{ kind: 'newApplication', at: stamp },
							{ kind: 'updateJob', jobId: 3, at: stamp },
							// The same application, a second status at the very same time: told apart by the status.
							{ kind: 'statusChange', applicationId: applicationOf(earlier, 1), status: 'Screening', at: earlier.find((change) => change.applicationId === applicationOf(earlier, 1))?.at },
						);
					},
				},
				everyday,
			],
		},
		{
			name: 'late: changes stamped up to an hour behind the newest one emitted',
			rounds: [
				everyday,
				{
					make: async (jt, now) => {
						const late = (await now()) - 55 * MINUTE;
						const changes = await jt.change({ kind: 'updateJob', jobId: 5, at: at(late) }, { kind: 'newApplication', at: at(late) });
						return [
							...changes,
							...(await jt.change(
								{ kind: 'statusChange', applicationId: applicationOf(changes), status: 'Interview', at: at(late + MINUTE) },
								{ kind: 'newJob', at: at((await now()) - 20 * MINUTE) },
							)),
						];
					},
				},
				{
					// Beyond the tolerance: stamped two hours behind, these count as history.
					make: async (jt, now) => {
						const tooLate = at((await now()) - 120 * MINUTE);
						await jt.change({ kind: 'updateJob', jobId: 6, at: tooLate }, { kind: 'newApplication', at: tooLate });
						return await jt.change({ kind: 'newApplication' });
					},
				},
			],
		},
		{
			name: 'future: one record stamped a day ahead does not hide the real changes after it',
			rounds: [
				{ make: async (jt, now) => await jt.change({ kind: 'updateJob', jobId: 9, at: at((await now()) + 24 * 60 * MINUTE) }, { kind: 'newApplication', at: at((await now()) + 24 * 60 * MINUTE) }) },
				everyday,
				{ make: async (jt, _, earlier) => await jt.change({ kind: 'statusChange', applicationId: applicationOf(earlier, 1), status: 'Shortlisted' }, { kind: 'closeJob', jobId: jobOf(earlier) }) },
				everyday,
			],
		},
		...[1, 60, 3600].map(
			(resolutionSeconds): Scenario => ({
				name: `coarse: change times in whole ${resolutionSeconds === 1 ? 'seconds' : resolutionSeconds === 60 ? 'minutes' : 'hours'}, many sharing one`,
				clock: { resolutionSeconds },
				rounds: [
					everyday,
					{
						make: async (jt, _, earlier) =>
							await jt.change(
								{ kind: 'newJob', count: 2 },
								{ kind: 'newApplication', count: 3 },
								{ kind: 'statusChange', applicationId: applicationOf(earlier), status: 'Screening' },
								{ kind: 'updateJob', jobId: 11 },
							),
					},
					{ make: async (jt, _, earlier) => await jt.change({ kind: 'statusChange', applicationId: applicationOf(earlier), status: 'Interview' }, { kind: 'newApplication' }) },
				],
			}),
		),
		...[-30, -3, 3, 30].map(
			(hours): Scenario => ({
				name: `skew: Jobtrain's clock ${Math.abs(hours)} hours ${hours < 0 ? 'behind' : 'ahead of'} n8n's`,
				clock: { offsetSeconds: hours * 3600 },
				rounds: [everyday, { make: made({ kind: 'newApplication', count: 2 }, { kind: 'closeJob', jobId: 4 }, { kind: 'newJob' }) }, everyday],
			}),
		),
	];

	it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))('%s', async (_, scenario) => {
		const jt = await startJobtrain({ jobs: 40, applications: 60 }, { offsetSeconds: scenario.clock?.offsetSeconds });
		try {
			if (scenario.clock?.resolutionSeconds) await jt.control.jobtrainClock({ resolutionSeconds: scenario.clock.resolutionSeconds });
			const now = async () => Date.parse((await jt.control.jobtrainState()).now);
			const first = await jt.poll(allEvents);
			expect(first.error).toBeUndefined();
			expect(first.emitted).toBe(false);
			let saved = first.staticData;
			const poll = async () => {
				const result = await jt.poll(allEvents, saved);
				expect(result.error).toBeUndefined();
				if (result.emitted) saved = result.staticData;
				return emitted(result.items);
			};

			const history: JobtrainChange[] = [];
			for (const [index, round] of scenario.rounds.entries()) {
				const changes = await round.make(jt, now, history);
				history.push(...changes);
				expect({ round: index + 1, emitted: await poll() }).toEqual({ round: index + 1, emitted: inTriggerOrder(expected(changes)) });
				// Polled again at once, nothing repeats.
				expect({ round: index + 1, again: await poll() }).toEqual({ round: index + 1, again: [] });
			}
		} finally {
			await jt.close();
		}
	});
});
