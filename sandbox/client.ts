import type { ActiveFault, FaultSpec } from './control/faults';
import type { LoggedRequest } from './control/requestLog';
import type { JobcaseConfig, JobcaseCounts, JobcaseStateSummary, StoredApplicationEvent } from './jobcase';
import type { ProviderName, SandboxConfig, SandboxSeed } from './registry';

export type { ActiveFault, FaultSpec } from './control/faults';
export type { LoggedRequest } from './control/requestLog';
export type { JobcaseConfig, JobcaseCounts, JobcaseStateSummary, StoredApplicationEvent } from './jobcase';
export type { ProviderName, SandboxConfig, SandboxSeed } from './registry';

export interface ResetResult {
	readonly ok: true;
	readonly jobcase: JobcaseCounts;
}

export interface CurrentConfig {
	readonly jobcase: JobcaseConfig;
}

export interface StoredFileContent {
	readonly contentType: string;
	readonly filename: string;
	readonly bytes: Buffer;
}

/** A fault as the control API takes it; `provider` may also name a provider not emulated yet. */
export type FaultRequest = Omit<FaultSpec, 'provider'> & { readonly provider?: ProviderName | 'cegid' | 'jobtrain' | 'nhsjob' };

/** Typed access to the sandbox's `/_control` API over HTTP. */
export class SandboxControl {
	private readonly base: string;

	/** @param url the sandbox's root URL, e.g. `http://127.0.0.1:4010` */
	constructor(url: string) {
		this.base = `${url.replace(/\/+$/, '')}/_control`;
	}

	/** Wipes all data, the request log, faults and rate windows, restores start-up settings, and reseeds. */
	async reset(seed: SandboxSeed = {}): Promise<ResetResult> {
		return await this.json('POST', '/reset', seed);
	}

	/** Changes settings (only those given) and returns all of them. */
	async config(config: SandboxConfig = {}): Promise<CurrentConfig> {
		return await this.json('POST', '/config', config);
	}

	async currentConfig(): Promise<CurrentConfig> {
		return await this.json('GET', '/config');
	}

	async fault(fault: FaultRequest): Promise<ActiveFault> {
		return await this.json('POST', '/faults', fault);
	}

	async faults(): Promise<ActiveFault[]> {
		return await this.json('GET', '/faults');
	}

	async clearFaults(): Promise<void> {
		await this.json('DELETE', '/faults');
	}

	/** Provider calls in arrival order; all providers when `provider` is left out. */
	async requests(provider?: ProviderName): Promise<LoggedRequest[]> {
		const query = provider ? `?provider=${encodeURIComponent(provider)}` : '';
		return await this.json('GET', `/requests${query}`);
	}

	async clearRequests(): Promise<void> {
		await this.json('DELETE', '/requests');
	}

	async jobcaseState(): Promise<JobcaseStateSummary> {
		return await this.json('GET', '/jobcase/state');
	}

	/** The logo last uploaded for a company; rejects when it has none. */
	async jobcaseLogo(companyId: number): Promise<StoredFileContent> {
		return await this.file(`/jobcase/companies/${companyId}/logo`);
	}

	async jobcaseApplicationEvents(): Promise<StoredApplicationEvent[]> {
		return await this.json('GET', '/jobcase/application-events');
	}

	/** The resume bytes of an application event; rejects when it has none. */
	async jobcaseResume(eventId: number): Promise<Buffer> {
		return (await this.file(`/jobcase/application-events/${eventId}/resume`)).bytes;
	}

	private async json<T>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await fetch(`${this.base}${path}`, {
			method,
			headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`Sandbox control ${method} ${path} failed with ${response.status}: ${text}`);
		return (text === '' ? undefined : JSON.parse(text)) as T;
	}

	private async file(path: string): Promise<StoredFileContent> {
		const response = await fetch(`${this.base}${path}`);
		const bytes = Buffer.from(await response.arrayBuffer());
		if (!response.ok) {
			throw new Error(`Sandbox control GET ${path} failed with ${response.status}: ${bytes.toString('utf8')}`);
		}
		return {
			contentType: response.headers.get('content-type') ?? 'application/octet-stream',
			filename: decodeURIComponent(response.headers.get('x-filename') ?? ''),
			bytes,
		};
	}
}
