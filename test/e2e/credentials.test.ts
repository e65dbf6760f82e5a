/**
 * n8n's own credential test, as the editor's "Test" / "Retry" button runs it (POST /rest/credentials/test with the
 * stored credential's id and the form's data), for every credential the demo creates against the sandbox.
 */
import { N8nApi } from '../../scripts/n8n/api';
import { sandboxCredentials } from '../../scripts/demo/credentials';
import { e2eContext } from './support/context';

const context = e2eContext();
const owner = new N8nApi(context.n8nUrl);

interface TestResult {
	status: 'OK' | 'Error';
	message: string;
}

const credentials = sandboxCredentials(context.sandboxUrl);

beforeAll(async () => {
	await owner.login(context.owner);
});

/** What the editor sends when the user tests the credential form: the stored id, and the data as edited. */
async function testCredential(name: string, change: Record<string, unknown> = {}): Promise<TestResult> {
	const credential = credentials.find((candidate) => candidate.name === name);
	const id = context.provisioned.credentialIds[name];
	if (!credential || !id) throw new Error(`The demo has no credential "${name}"`);
	return await owner.rest<TestResult>('POST', '/rest/credentials/test', {
		credentials: { id, name, type: credential.type, data: { ...credential.data, ...change } },
	});
}

describe(`credential tests in n8n ${context.n8nVersion}`, () => {
	it.each(credentials.map((credential) => [credential.name]))('%s passes with the sandbox settings', async (name) => {
		const result = await testCredential(name);
		expect(result).toEqual({ status: 'OK', message: expect.any(String) });
	});

	/** A wrong value the provider refuses; the message must say the credential is at fault without repeating any secret. */
	it.each<[string, string, string]>([
		['Jobcase (sandbox)', 'apiKey', 'sandbox-jobcase-key'],
		['Cegid Recruiting (sandbox)', 'clientSecret', 'sandbox-cegid-secret'],
		['Jobtrain (sandbox)', 'clientSecret', 'sandbox-jobtrain-secret'],
		['Jobtrain (sandbox)', 'apiPassword', 'sandbox-jobtrain-api-password'],
		['NHSJob API key (sandbox)', 'apiKey', 'sandbox-nhsjob-key'],
	])('%s fails with a wrong %s, saying so without showing the secret', async (name, field, rightValue) => {
		const wrong = `wrong-${field}-e2e-7f3a9c`;
		const result = await testCredential(name, { [field]: wrong });
		expect(result.status).toBe('Error');
		// Clear: it says the provider refused the credential (n8n's words for a 401: "Authorization failed - please check
		// your credentials" in 2.8, "Unauthorized" later; or the node's own explanation), not that a parameter is wrong.
		expect(result.message).toMatch(/unauthori[sz]ed|authori[sz]ation failed|credential|client id|client secret|api key|password|refused|forbidden|denied/i);
		expect(result.message).not.toContain(wrong);
		expect(result.message).not.toContain(rightValue);
	});

	it.each<[string, string, RegExp]>([
		['empty', '', /enter the webhook secret/i],
		['padded with spaces', ' sandbox-nhsjob-webhook-secret ', /spaces/i],
	])('the NHSJob webhook secret fails when %s, saying what to fix without showing it', async (_label, secret, reason) => {
		const result = await testCredential('NHSJob webhook secret (sandbox)', { webhookSecret: secret });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(reason);
		expect(result.message).not.toContain('sandbox-nhsjob-webhook-secret');
	});
});
