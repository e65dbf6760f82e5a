import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ICredentialType } from 'n8n-workflow';

import { cegid } from '../../nodes/Cegid/cegid.api';
import { jobcase } from '../../nodes/Jobcase/jobcase.api';
import { jobtrain } from '../../nodes/Jobtrain/jobtrain.api';
import { nhsJobApiKeyProvider, nhsJobOAuth2Provider } from '../../nodes/NHSJob/nhsjob.api';
import { processesSharing, shareOfLimit } from '../../nodes/shared/transport/processShare';
import { PROJECT_ROOT } from '../harness';

function builtCredentialTypes(): ICredentialType[] {
	const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { n8n: { credentials: string[] } };
	return manifest.n8n.credentials.flatMap((file) =>
		Object.values(require(join(PROJECT_ROOT, file)) as Record<string, unknown>)
			.filter((exported): exported is new () => ICredentialType => typeof exported === 'function')
			.map((CredentialClass) => new CredentialClass()),
	);
}

describe('"Processes Sharing This Credential": each n8n process keeps to its share of the limit', () => {
	it('is on every built credential that has a rate limit, right after it: a whole number of at least 1, 1 by default', () => {
		const limited = builtCredentialTypes().filter((type) => type.properties.some((property) => property.name === 'requestsPerMinute'));
		expect(limited.map((type) => type.name).sort()).toEqual(['cegidRecruitingApi', 'jobcaseApi', 'jobtrainApi', 'nhsJobApi', 'nhsJobOAuth2Api']);
		for (const type of limited) {
			const names = type.properties.map((property) => property.name);
			expect(names.indexOf('processesSharingCredential')).toBe(names.indexOf('requestsPerMinute') + 1);
			const field = type.properties.find((property) => property.name === 'processesSharingCredential');
			expect(field).toMatchObject({ displayName: 'Processes Sharing This Credential', type: 'number', default: 1, typeOptions: { minValue: 1, numberPrecision: 0 } });
			expect(field?.description).toMatch(/queue mode/);
		}
	});

	it('every provider reads floor(limit / processes) into the limit its limiter uses', () => {
		const cases = [
			{ provider: jobcase, credentials: { requestsPerMinute: 200 }, expected: [200, 100, 66] },
			{ provider: cegid, credentials: { requestsPerMinute: 300 }, expected: [300, 150, 100] },
			{ provider: jobtrain, credentials: { requestsPerMinute: 120 }, expected: [120, 60, 40] },
			{ provider: nhsJobApiKeyProvider, credentials: { requestsPerMinute: 1000 }, expected: [1000, 500, 333] },
			{ provider: nhsJobOAuth2Provider, credentials: { requestsPerMinute: 60 }, expected: [60, 30, 20] },
		];
		for (const { provider, credentials, expected } of cases) {
			expect([1, 2, 3].map((processes) => provider.readCredentials({ ...credentials, processesSharingCredential: processes }).requestsPerMinute)).toEqual(expected);
			// Credentials saved before the field existed behave as before.
			expect(provider.readCredentials(credentials).requestsPerMinute).toBe(expected[0]);
		}
		// The default limits are divided too.
		expect(jobcase.readCredentials({ processesSharingCredential: 2 }).requestsPerMinute).toBe(100);
	});

	it('never goes below 1 request per minute, and treats unusable values as 1 process', () => {
		expect(shareOfLimit(60, { processesSharingCredential: 1000 })).toBe(1);
		expect(shareOfLimit(200, { processesSharingCredential: '4' })).toBe(50);
		expect(shareOfLimit(200, { processesSharingCredential: 2.9 })).toBe(100);
		for (const value of [undefined, null, '', ' ', 'three', 0, 0.5, -2]) {
			expect(processesSharing({ processesSharingCredential: value })).toBe(1);
			expect(shareOfLimit(200, { processesSharingCredential: value })).toBe(200);
		}
	});
});
