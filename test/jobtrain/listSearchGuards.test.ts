import { describeListSearchGuards } from '../harness/listSearchGuards';
import { startJobtrain, type JobtrainFixture } from './fixture';

/** Every Jobtrain list search (jobs, candidates, each settings list, and any added later) against a broken server. */
let jobtrain: JobtrainFixture;
let jobWithCandidates: string;
beforeAll(async () => {
	jobtrain = await startJobtrain({ jobs: 30, applications: 300 });
	for (let jobId = 1; jobId <= 30 && !jobWithCandidates; jobId++) {
		const candidates = await jobtrain.run({ resource: 'candidate', operation: 'getManyForJob', jobId: String(jobId), returnAll: true });
		if (candidates.items.length >= 3) jobWithCandidates = String(jobId);
	}
});
afterAll(async () => await jobtrain.close());

describeListSearchGuards({
	nodeType: 'jobtrain',
	provider: 'jobtrain',
	control: () => jobtrain.control,
	sandboxUrl: () => jobtrain.sandbox.url,
	credentials: (baseUrl) => ({ jobtrainApi: { ...jobtrain.credentials.jobtrainApi, baseUrl: baseUrl(jobtrain.credentials.jobtrainApi.baseUrl) } }),
	store: () => jobtrain.store,
	dependencies: { jobId: async () => await Promise.resolve({ __rl: true, mode: 'list', value: jobWithCandidates }) },
});
