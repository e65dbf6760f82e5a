/**
 * Every workflow in examples/ runs in real n8n against the provider sandbox and does what its sticky note
 * promises: the items each node produced (read back through n8n's public API) and what changed in the sandbox.
 */
import type { JobcaseStateSummary } from '../../sandbox/client';
import type { ExecutionSummary } from '../../scripts/n8n/api';
import { e2eContext } from './support/context';
import { executeWithCli, ExecutionWatch, nodesRun, outputOf, outputsOf, summarise } from './support/executions';
import { jobcaseJob, nextAnsweredCall, requestLogMark, requestsSince } from './support/sandbox';

const context = e2eContext();
const { api, control } = context;

type CompanyView = JobcaseStateSummary['companies'][number];

/** A webhook delivery starts its execution at once; this only bounds how long a broken run takes to fail. */
const WEBHOOK_EXECUTION_MS = 30_000;
/** n8n polls "every minute" at a random second of it: a change waits for the next poll, at most a minute away. */
const NEXT_POLL_MS = 150_000;

async function watch(file: string): Promise<ExecutionWatch> {
	const example = context.example(file);
	return await ExecutionWatch.start(api, context.logFile, example.id, `"${example.name}"`);
}

function expectSucceeded(execution: ExecutionSummary): void {
	expect({ status: execution.status, summary: summarise(execution) }).toEqual({ status: 'success', summary: expect.any(String) });
}

describe(`examples/cegid-vacancy-to-jobcase.json in n8n ${context.n8nVersion}`, () => {
	const file = 'cegid-vacancy-to-jobcase.json';

	it('posts a vacancy created in Cegid to Jobcase company 1, with the Cegid reference as Ad Number', async () => {
		const example = context.example(file);
		const executions = await watch(file);
		const { events, deliveries } = await control.cegidChanges({ changes: [{ event: 'vacancy_new' }], signing: 'valid' });
		const reference = events[0].reference;
		expect(deliveries.filter((delivery) => delivery.callbackUrl === example.webhookUrls['When a Vacancy Is Created in Cegid'])).toEqual([
			expect.objectContaining({ status: 200, events: [{ event_type: 'vacancy_new', reference }] }),
		]);

		const execution = await executions.waitForOne(WEBHOOK_EXECUTION_MS);
		expectSucceeded(execution);
		expect(outputOf(execution, 'When a Vacancy Is Created in Cegid')).toEqual([{ event_type: 'vacancy_new', reference }]);
		const [vacancy] = outputOf(execution, 'Get the Vacancy from Cegid');
		expect(outputOf(execution, 'Get the Vacancy from Cegid')).toHaveLength(1);
		expect(vacancy.reference).toBe(reference);
		const { title, description1, description2 } = vacancy.jobDescription as Record<string, string>;
		expect(title).toEqual(expect.stringMatching(/\S/));

		const [posted] = outputOf(execution, 'Create or Update the Job in Jobcase');
		expect(outputOf(execution, 'Create or Update the Job in Jobcase')).toHaveLength(1);
		const expected = {
			companyId: 1,
			adNumber: reference,
			jobTitle: title,
			jobDescription: [description1, description2].filter(Boolean).join('\n'),
			jobCity: 'Boston',
			jobState: 'MA',
			jobZipCode: '02110',
			jobStatus: 'Active',
		};
		expect(posted).toEqual(expect.objectContaining({ ...expected, id: expect.any(Number) }));
		// The job is in Jobcase as the node reported it.
		expect(await jobcaseJob(context.sandboxUrl, posted.id as number)).toEqual(expect.objectContaining({ ...expected, id: posted.id }));
	});
});

describe(`examples/nhsjob-new-jobs-to-jobcase.json in n8n ${context.n8nVersion}`, () => {
	const file = 'nhsjob-new-jobs-to-jobcase.json';
	const triggerName = 'When a Job Is Posted on NHSJob';
	let webhookId: string;

	beforeAll(async () => {
		const url = context.example(file).webhookUrls[triggerName];
		const registered = (await control.nhsjobWebhooks()).filter((webhook) => webhook.url === url);
		expect(registered.map((webhook) => webhook.events)).toEqual([['job.created']]);
		webhookId = registered[0].id;
	});

	function nhsJob(specialty: string): Record<string, unknown> {
		const id = `job_e2e_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
		return {
			id,
			title: `Staff Nurse - ${specialty} (${id})`,
			description: `We are seeking a staff nurse to join our ${specialty} team in Leeds.`,
			location: 'Leeds',
			specialty,
			salary_range: '£29,970 - £36,483',
			contract_type: 'Permanent',
			posted_at: new Date().toISOString(),
			status: 'open',
		};
	}

	it('creates a Nursing job posted on NHSJob in Jobcase, with the NHSJob job ID as Ad Number', async () => {
		const executions = await watch(file);
		const job = nhsJob('Nursing');
		const { deliveries } = await control.nhsjobEmitEvent({ type: 'job.created', data: job, webhookId });
		expect(deliveries).toEqual([expect.objectContaining({ status: 200, variant: 'signed' })]);

		const execution = await executions.waitForOne(WEBHOOK_EXECUTION_MS);
		expectSucceeded(execution);
		expect(outputOf(execution, triggerName)).toEqual([expect.objectContaining({ type: 'job.created', data: job })]);
		expect(outputOf(execution, 'Only Nursing Jobs')).toHaveLength(1);
		const created = outputOf(execution, 'Create the Job in Jobcase');
		const expected = {
			companyId: 1,
			adNumber: job.id,
			jobTitle: job.title,
			jobDescription: `${String(job.description)}\n\nSalary: ${String(job.salary_range)} (Permanent, Leeds, UK)`,
			jobCity: 'Boston',
			jobState: 'MA',
			jobZipCode: '02110',
		};
		expect(created).toEqual([expect.objectContaining({ ...expected, id: expect.any(Number) })]);
		expect(await jobcaseJob(context.sandboxUrl, created[0].id as number)).toEqual(expect.objectContaining(expected));
	});

	it('stops jobs of other specialties at the filter: nothing is posted to Jobcase', async () => {
		const executions = await watch(file);
		const jobsBefore = (await control.jobcaseState()).counts.jobs;
		const job = nhsJob('Cardiology');
		await control.nhsjobEmitEvent({ type: 'job.created', data: job, webhookId });

		const execution = await executions.waitForOne(WEBHOOK_EXECUTION_MS);
		expectSucceeded(execution);
		expect(outputOf(execution, triggerName)).toEqual([expect.objectContaining({ data: job })]);
		expect(outputOf(execution, 'Only Nursing Jobs')).toEqual([]);
		expect(nodesRun(execution)).not.toContain('Create the Job in Jobcase');
		expect((await control.jobcaseState()).counts.jobs).toBe(jobsBefore);
	});

	it('receives a job as NHSJob lists it when a recruiter posts one', async () => {
		const executions = await watch(file);
		const jobsBefore = (await control.jobcaseState()).counts.jobs;
		// Without `data` the sandbox posts a job itself (random specialty) and announces it.
		const { data } = await control.nhsjobEmitEvent({ type: 'job.created', webhookId });
		const job = data as Record<string, unknown>;
		expect((await control.nhsjobJobs()).find((listed) => listed.id === job.id)).toEqual(job);

		const execution = await executions.waitForOne(WEBHOOK_EXECUTION_MS);
		expectSucceeded(execution);
		expect(outputOf(execution, triggerName)).toEqual([expect.objectContaining({ type: 'job.created', data: job })]);
		const nursing = job.specialty === 'Nursing';
		expect(outputOf(execution, 'Only Nursing Jobs')).toHaveLength(nursing ? 1 : 0);
		expect(outputOf(execution, 'Create the Job in Jobcase').map((posted) => posted.adNumber)).toEqual(nursing ? [job.id] : []);
		expect((await control.jobcaseState()).counts.jobs).toBe(jobsBefore + (nursing ? 1 : 0));
	});
});

describe(`examples/jobtrain-application-match.json in n8n ${context.n8nVersion}`, () => {
	const file = 'jobtrain-application-match.json';
	const trigger = 'When Someone Applies in Jobtrain';
	const branches = ['Great Match: Fast-Track', 'Good Match: Recruiter Review', 'Poor Match: Keep on File'];
	const buckets = ['great_match', 'good_match', 'poor_match'];
	let executions: ExecutionWatch | undefined;
	let first: (ExecutionSummary & { stoppedAt?: string }) | undefined;

	it('scores a new application with Jobcase and routes it by match bucket', async () => {
		executions = await watch(file);
		const matchesBefore = (await control.jobcaseState()).counts.resumeMatches;
		const [change] = await control.jobtrainChanges([{ kind: 'newApplication' }]);

		first = await executions.waitForOne(NEXT_POLL_MS, 'the poll that finds the new application');
		const execution = first;
		expectSucceeded(execution);
		const [application] = outputOf(execution, trigger);
		expect(outputOf(execution, trigger)).toHaveLength(1);
		expect(application).toEqual(expect.objectContaining({ event: 'newApplication', applicationId: change.applicationId, jobId: change.jobId }));
		const candidate = application.candidate as Record<string, string>;

		const [advert] = outputOf(execution, 'Get the Job Advert from Jobtrain');
		expect(advert).toEqual(expect.objectContaining({ jobId: change.jobId, jobTitle: expect.any(String) }));
		const scored = outputOf(execution, 'Score the Applicant with Jobcase');
		expect(scored).toEqual([expect.objectContaining({ match_bucket_name: expect.any(String), score: expect.any(Number) })]);
		expect((await control.jobcaseState()).counts.resumeMatches).toBe(matchesBefore + 1);

		// The sandbox's application and job share few words: Jobcase scores it a poor match.
		expect(scored[0].match_bucket_name).toBe('poor_match');
		expect(outputsOf(execution, 'Route by Match Bucket').map((items) => items.length)).toEqual([0, 0, 1]);
		expect(nodesRun(execution).filter((node) => branches.includes(node))).toEqual(['Poor Match: Keep on File']);
		expect(outputOf(execution, 'Poor Match: Keep on File')).toEqual([
			{
				decision: 'keep on file',
				applicationId: change.applicationId,
				candidate: `${candidate.firstName} ${candidate.surname}`,
				jobTitle: advert.jobTitle,
				score: scored[0].score,
				matchBucket: 'poor_match',
			},
		]);
	});

	it('emits two applications made at once in one execution, in order, and each change only once', async () => {
		if (!executions || !first) throw new Error('The previous test did not get the first application through');
		// The poll after the one that ran the first application: it must find nothing new.
		await nextAnsweredCall(control, 'jobtrain', '/export/applications', first.stoppedAt ?? first.startedAt, NEXT_POLL_MS, context.logFile);
		const made = await control.jobtrainChanges([{ kind: 'newApplication', count: 2 }]);
		expect(made).toHaveLength(2);

		const since = await executions.waitFor(2, NEXT_POLL_MS, 'the poll that finds the two new applications');
		// One execution after the first: the poll in between started nothing.
		expect(since.map((execution) => execution.id)).toEqual([first.id, expect.any(String)]);
		const execution = since[1];
		expectSucceeded(execution);
		// Only these two, in the order they were made: the earlier application is not emitted again.
		expect(outputOf(execution, trigger).map((item) => [item.event, item.applicationId])).toEqual(made.map((change) => ['newApplication', change.applicationId]));
		const bucketOf = (item: Record<string, unknown>) => buckets.indexOf(String(item.match_bucket_name));
		const scored = outputOf(execution, 'Score the Applicant with Jobcase');
		expect(scored).toHaveLength(2);
		const routed = outputsOf(execution, 'Route by Match Bucket');
		for (const [index, branch] of branches.entries()) {
			const expected = made.filter((_, item) => bucketOf(scored[item]) === index).map((change) => change.applicationId);
			expect({ branch, applications: outputOf(execution, branch).map((item) => item.applicationId) }).toEqual({ branch, applications: expected });
			expect(routed[index] ?? []).toHaveLength(expected.length);
		}
		// Two poll waits, each bounded by NEXT_POLL_MS: let those deadlines, with their messages, fail first.
	}, 2 * NEXT_POLL_MS + 60_000);
});

describe(`examples/jobcase-bulk-company-upsert.json in n8n ${context.n8nVersion}`, () => {
	const file = 'jobcase-bulk-company-upsert.json';
	const node = 'Create or Update Company in Jobcase';
	const valid = ['EX-1001', 'EX-1002', 'EX-1003', 'EX-1005'];
	let firstIds: number[] = [];

	async function execute(): Promise<ExecutionSummary> {
		return { id: 'cli', workflowId: context.example(file).id, ...(await executeWithCli(context.cli, context.example(file).id)) };
	}

	async function companiesByPartnerId(): Promise<Map<string, CompanyView>> {
		const { companies } = await control.jobcaseState();
		return new Map(companies.map((company) => [company.partnerCompanyId, company]));
	}

	it('upserts four companies and sends the one with a bad state to the Failed branch, naming the field and item', async () => {
		const before = await companiesByPartnerId();
		const countBefore = (await control.jobcaseState()).counts.companies;
		const alreadyThere = valid.filter((partnerId) => before.has(partnerId));
		const mark = await requestLogMark(control, 'jobcase');

		const execution = await execute();
		expectSucceeded(execution);
		const [upserted, failed] = outputsOf(execution, node);
		expect(upserted.map((company) => company.partnerCompanyId)).toEqual(valid);
		expect(failed).toHaveLength(1);
		expect(String(failed[0].error)).toMatch(/companyState/);
		expect(String(failed[0].error)).toMatch(/"State"/);
		expect(String(failed[0].error)).toMatch(/item 3\b/);

		const summary = outputOf(execution, 'Upserted');
		expect(summary.map((company) => [company.partnerCompanyId, company.companyName])).toEqual([
			['EX-1001', 'Harbor Freight Movers'],
			['EX-1002', 'Lakeside Dental Group'],
			['EX-1003', 'Desert Bloom Hospitality'],
			['EX-1005', 'Peachtree Home Care'],
		]);
		firstIds = summary.map((company) => company.jobcaseCompanyId as number);
		expect(firstIds.every((id) => Number.isInteger(id))).toBe(true);
		expect(outputOf(execution, 'Failed')).toEqual([
			expect.objectContaining({ partnerCompanyId: 'EX-1004', companyName: 'Golden Gate Tutoring', error: failed[0].error }),
		]);

		// In Jobcase: the four exist under the ids the workflow reported, the fifth was never sent.
		const after = await companiesByPartnerId();
		expect(valid.map((partnerId) => after.get(partnerId)?.id)).toEqual(firstIds);
		expect(after.get('EX-1003')).toEqual(expect.objectContaining({ companyName: 'Desert Bloom Hospitality', companyState: 'NV' }));
		expect(after.has('EX-1004')).toBe(false);
		expect((await control.jobcaseState()).counts.companies).toBe(countBefore + valid.length - alreadyThere.length);
		const writes = (await requestsSince(control, 'jobcase', mark)).filter((request) => request.method !== 'GET' && /\/company\//.test(request.path));
		expect(writes.filter((request) => request.method === 'POST')).toHaveLength(valid.length - alreadyThere.length);
	});

	it('updates the same companies when run again instead of creating them twice', async () => {
		expect(firstIds).toHaveLength(4);
		const countBefore = (await control.jobcaseState()).counts.companies;
		const mark = await requestLogMark(control, 'jobcase');

		const execution = await execute();
		expectSucceeded(execution);
		expect(outputOf(execution, 'Upserted').map((company) => company.jobcaseCompanyId)).toEqual(firstIds);
		expect(outputOf(execution, 'Failed').map((company) => company.partnerCompanyId)).toEqual(['EX-1004']);
		expect((await control.jobcaseState()).counts.companies).toBe(countBefore);
		const writes = (await requestsSince(control, 'jobcase', mark)).filter((request) => request.method !== 'GET' && /\/company\//.test(request.path));
		expect(writes.map((request) => [request.method, request.path.replace(/^.*(\/company\/)/, '$1')]).sort()).toEqual(
			firstIds.map((id) => ['PUT', `/company/${id}/`]).sort(),
		);
	});
});
