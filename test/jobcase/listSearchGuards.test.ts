import { describeListSearchGuards } from '../harness/listSearchGuards';
import { startJobcase, type JobcaseFixture } from './fixture';
import { CredentialStore } from '../harness';

/** Every Jobcase list search (Job ID, Company ID, Campaign ID, and any added later) against a broken server. */
let jobcase: JobcaseFixture;
beforeAll(async () => {
	jobcase = await startJobcase({ jobs: 250, companies: 5, campaigns: 3 });
});
afterAll(async () => await jobcase.close());

describeListSearchGuards({
	nodeType: 'jobcase',
	provider: 'jobcase',
	control: () => jobcase.control,
	sandboxUrl: () => jobcase.sandbox.url,
	credentials: (baseUrl) => ({ jobcaseApi: { ...jobcase.credentials.jobcaseApi, baseUrl: baseUrl(jobcase.credentials.jobcaseApi.baseUrl) } }),
	store: () => new CredentialStore(),
});
