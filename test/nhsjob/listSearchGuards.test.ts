import { describeListSearchGuards } from '../harness/listSearchGuards';
import { startNhsJob, type NhsJobFixture } from './fixture';

/** Every NHSJob list search (the Job of Get and Submit, and any added later) against a broken server. */
let nhsjob: NhsJobFixture;
beforeAll(async () => {
	nhsjob = await startNhsJob({ jobs: 250 });
	await nhsjob.control.config({ nhsjob: { metaStyle: 'totals', apiKeyPermissions: ['read:jobs'] } });
});
afterAll(async () => await nhsjob.close());

describeListSearchGuards({
	nodeType: 'nhsJob',
	provider: 'nhsjob',
	control: () => nhsjob.control,
	sandboxUrl: () => nhsjob.sandbox.url,
	credentials: (baseUrl) => ({ nhsJobApi: { ...nhsjob.apiKeyCredential, baseUrl: baseUrl(String(nhsjob.apiKeyCredential.baseUrl)) } }),
	store: () => nhsjob.store,
});
