import { CredentialStore } from '../harness';
import type { SandboxControl } from '../../sandbox/client';
import type { Sandbox } from '../../sandbox/server';
import { ENCODINGS, halvesOf, SECRETS } from './encodings';
import { errorFields, runProvider, startProviders, storedToken, type ErrorMode, type ProviderUnderTest } from './providers';

/**
 * Every kind of secret, in every encoding, echoed back by the provider in an error body: it must appear in
 * no error field and nowhere in the stored run data, whether the node stops, continues on the regular
 * output or continues on the error output.
 */
let sandbox: Sandbox;
let control: SandboxControl;
let providers: Record<string, ProviderUnderTest>;
/** Tokens the credentials fetched in a first run; later runs start with empty stores and fetch them mid-run. */
const fetchedTokens: Record<string, string> = {};

beforeAll(async () => {
	({ sandbox, control, providers } = await startProviders());
	for (const name of ['Jobtrain', 'Cegid']) {
		const store = new CredentialStore();
		const primed = await runProvider(providers[name], 'stop', store);
		expect(primed.errors).toEqual([]);
		fetchedTokens[name] = storedToken(store, providers[name]) as string;
		expect(fetchedTokens[name]).toEqual(expect.any(String));
	}
});
afterAll(async () => await sandbox.close());
beforeEach(async () => await control.clearFaults());

const SECRET_KINDS: Array<{ kind: string; provider: string; secret: () => string }> = [
	{ kind: 'API key', provider: 'Jobcase', secret: () => SECRETS.jobcaseApiKey },
	{ kind: 'API key', provider: 'NHSJob', secret: () => SECRETS.nhsJobApiKey },
	{ kind: 'client secret', provider: 'Jobtrain', secret: () => SECRETS.jobtrainClientSecret },
	{ kind: 'password', provider: 'Jobtrain', secret: () => SECRETS.jobtrainPassword },
	{ kind: 'client secret', provider: 'Cegid', secret: () => SECRETS.cegidClientSecret },
	{ kind: 'fetched token', provider: 'Jobtrain', secret: () => fetchedTokens.Jobtrain },
	{ kind: 'fetched token', provider: 'Cegid', secret: () => fetchedTokens.Cegid },
];
const MODES: ErrorMode[] = ['stop', 'continueRegularOutput', 'continueErrorOutput'];
const CASES = Object.keys(ENCODINGS).flatMap((encoding) => MODES.map((mode) => ({ encoding, mode })));

/** The secret, its halves or its echo, as they would read in text and inside JSON (where quotes and backslashes are escaped). */
function leakedForms(secret: string, echoed: string): string[] {
	return [secret, echoed, ...halvesOf(secret)].flatMap((form) => [form, JSON.stringify(form).slice(1, -1)]);
}

describe.each(SECRET_KINDS)('$provider $kind echoed in an error body', ({ provider: name, secret }) => {
	it.each(CASES)('$encoding, $mode', async ({ encoding, mode }) => {
		const provider = providers[name];
		const echoed = ENCODINGS[encoding](secret());
		await control.fault({ ...provider.fault, status: 400, count: 1, body: `Refused: ${echoed} (echo)` });
		const store = new CredentialStore();
		const outcome = await runProvider(provider, mode, store);

		// The failure is reported, with the provider's words around the redacted secret.
		expect(outcome.errors.length + (outcome.outputs[0]?.length ?? 0)).toBeGreaterThan(0);
		const messages = [...outcome.errors.map((error) => String(error.message)), ...(outcome.outputs.flat().map((item) => String(item.json.error ?? '')))];
		expect(messages.some((message) => message.includes('Refused: ') && message.includes('[redacted]'))).toBe(true);
		if (mode === 'stop') expect(outcome.errors).not.toEqual([]);
		if (mode === 'continueRegularOutput') expect(outcome.outputs[0][0].json.error).toContain('[redacted]');
		if (mode === 'continueErrorOutput') expect(outcome.outputs[1][0].json.error).toContain('[redacted]');

		for (const form of leakedForms(secret(), echoed)) {
			expect(outcome.serialized).not.toContain(form);
			for (const error of outcome.errors) {
				for (const [field, text] of Object.entries(errorFields(error))) expect(`${field}: ${text}`).not.toContain(form);
			}
		}
		// A fetched token was fetched by this very execution: the store started empty.
		if (name in fetchedTokens) expect(storedToken(store, provider)).toBe(fetchedTokens[name]);
	});
});
