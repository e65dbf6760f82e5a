import type { LoggedRequest, SandboxControl } from '../../../sandbox/client';
import { sandboxCredentials } from '../../../scripts/demo/credentials';
import { eventually } from './wait';

/** The demo's sandbox credentials by type, as provisioned (scripts/demo/credentials.ts). */
export function demoCredential(sandboxUrl: string, type: string): { name: string; type: string; data: Record<string, unknown> } {
	const found = sandboxCredentials(sandboxUrl).find((credential) => credential.type === type);
	if (!found) throw new Error(`The demo has no ${type} credential`);
	return { ...found, data: { ...found.data } };
}

/** A Jobcase job as the sandbox's Jobcase API answers it (with the demo's key), or undefined for a 404. */
export async function jobcaseJob(sandboxUrl: string, jobId: number): Promise<Record<string, unknown> | undefined> {
	const jobcase = demoCredential(sandboxUrl, 'jobcaseApi').data;
	const response = await fetch(`${String(jobcase.baseUrl)}/job/${jobId}/`, { headers: { 'X-Platform-Api-Key': String(jobcase.apiKey) } });
	if (response.status === 404) return undefined;
	if (!response.ok) throw new Error(`Jobcase sandbox GET /job/${jobId}/ answered ${response.status}: ${await response.text()}`);
	return (await response.json()) as Record<string, unknown>;
}

/** Where the provider's request log ends now: requests logged later have a higher index. */
export async function requestLogMark(control: SandboxControl, provider: Parameters<SandboxControl['requests']>[0]): Promise<number> {
	return (await control.requests(provider)).length;
}

/** The provider's requests logged since `mark`. */
export async function requestsSince(control: SandboxControl, provider: Parameters<SandboxControl['requests']>[0], mark: number): Promise<LoggedRequest[]> {
	return (await control.requests(provider)).slice(mark);
}

/**
 * Waits for the next answered call to a path of the provider's API made after `afterIso`, as n8n's poll makes it,
 * instead of sleeping for a poll interval.
 */
export async function nextAnsweredCall(
	control: SandboxControl,
	provider: Parameters<SandboxControl['requests']>[0],
	pathEnd: string,
	afterIso: string,
	timeoutMs: number,
	logFile: string,
): Promise<LoggedRequest> {
	let seen: LoggedRequest[] = [];
	return await eventually(
		`the next ${provider} call to ${pathEnd} after ${afterIso}`,
		async () => {
			seen = (await control.requests(provider)).filter((request) => request.path.endsWith(pathEnd));
			return seen.find((request) => request.at > afterIso && request.status !== 0);
		},
		{ timeoutMs, intervalMs: 1000, logFile },
		() => `the last ${pathEnd} calls: ${JSON.stringify(seen.slice(-3))}`,
	);
}
