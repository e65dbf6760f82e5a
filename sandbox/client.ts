import type { ActiveFault, FaultSpec } from './control/faults';
import type { LoggedRequest } from './control/requestLog';
import type { JobcaseConfig, JobcaseCounts, JobcaseStateSummary, StoredApplicationEvent } from './jobcase';
import type {
	DeliveryRecord as NhsJobDeliveryRecord,
	JobView as NhsJobJobView,
	NhsJobEmitRequest,
	NhsJobEmitResult,
	NhsJobStateSummary,
	NhsJobStoredApplication,
	NhsJobWebhookRequest,
	Subscription as NhsJobSubscription,
} from './nhsjob';
import type { ChangeStep as JobtrainChangeStep, JobtrainConfig, JobtrainCounts, JobtrainStateSummary, MadeChange as JobtrainChange, StoredFileSummary as JobtrainStoredFile } from './jobtrain';
import type {
	CegidCandidateSummary,
	CegidChange,
	CegidConfig,
	CegidCounts,
	CegidDeliveryResult,
	CegidEventPayload,
	CegidExportFault,
	CegidSigning,
	CegidTokenCounts,
	CegidVacancySummary,
} from './cegid';
import type { ProviderName, SandboxConfig, SandboxSeed } from './registry';

export type { ActiveFault, FaultSpec } from './control/faults';
export type { LoggedRequest } from './control/requestLog';
export type { JobcaseConfig, JobcaseCounts, JobcaseStateSummary, StoredApplicationEvent } from './jobcase';
export type {
	DeliveryRecord as NhsJobDeliveryRecord,
	JobView as NhsJobJobView,
	NhsJobEmitRequest,
	NhsJobEmitResult,
	NhsJobStateSummary,
	NhsJobStoredApplication,
	NhsJobWebhookRequest,
	Subscription as NhsJobSubscription,
} from './nhsjob';
export type { ChangeStep as JobtrainChangeStep, JobtrainConfig, JobtrainCounts, JobtrainStateSummary, MadeChange as JobtrainChange, StoredFileSummary as JobtrainStoredFile } from './jobtrain';
export type {
	CegidAttachmentSummary,
	CegidCandidateSummary,
	CegidChange,
	CegidConfig,
	CegidCounts,
	CegidDeliveryResult,
	CegidEventPayload,
	CegidExportFault,
	CegidSigning,
	CegidTokenCounts,
	CegidVacancySummary,
} from './cegid';
export type { ProviderName, SandboxConfig, SandboxSeed } from './registry';

export interface ResetResult {
	readonly ok: true;
	readonly jobcase: JobcaseCounts;
	readonly jobtrain: JobtrainCounts;
	readonly cegid: CegidCounts;
}

export interface CurrentConfig {
	readonly jobcase: JobcaseConfig;
	readonly jobtrain: JobtrainConfig;
	readonly cegid: CegidConfig;
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

	/** Deletes a Jobcase job or company as if removed in Jobcase itself (its API has no delete). */
	async jobcaseDelete(kind: 'jobs' | 'companies', id: number): Promise<void> {
		await this.json('DELETE', `/jobcase/${kind}/${id}`);
	}

	async jobcaseApplicationEvents(): Promise<StoredApplicationEvent[]> {
		return await this.json('GET', '/jobcase/application-events');
	}

	/** The resume bytes of an application event; rejects when it has none. */
	async jobcaseResume(eventId: number): Promise<Buffer> {
		return (await this.file(`/jobcase/application-events/${eventId}/resume`)).bytes;
	}

	async nhsjobState(): Promise<NhsJobStateSummary> {
		return await this.json('GET', '/nhsjob/state');
	}

	/** Every NHSJob listing, open and closed, in list order. */
	async nhsjobJobs(): Promise<NhsJobJobView[]> {
		return await this.json('GET', '/nhsjob/jobs');
	}

	async nhsjobApplications(): Promise<NhsJobStoredApplication[]> {
		return await this.json('GET', '/nhsjob/applications');
	}

	/** Expires every NHSJob access token, so the next call must renew it. */
	async nhsjobExpireTokens(): Promise<{ expired: number }> {
		return await this.json('POST', '/nhsjob/tokens/expire');
	}

	/** Adds a webhook as NHSJob's dashboard does; the secret is generated unless given. */
	async nhsjobAddWebhook(webhook: NhsJobWebhookRequest): Promise<NhsJobSubscription> {
		return await this.json('POST', '/nhsjob/webhooks', webhook);
	}

	async nhsjobWebhooks(): Promise<NhsJobSubscription[]> {
		return await this.json('GET', '/nhsjob/webhooks');
	}

	/** Emits an event (signed, or forged / unsigned / stale, once or repeated) and waits for its deliveries. */
	async nhsjobEmitEvent(request: NhsJobEmitRequest): Promise<NhsJobEmitResult> {
		return await this.json('POST', '/nhsjob/events', request);
	}

	/** Every webhook delivery so far, once those started by API calls have finished. */
	async nhsjobDeliveries(): Promise<NhsJobDeliveryRecord[]> {
		return await this.json('GET', '/nhsjob/deliveries');
	}

	async jobtrainState(): Promise<JobtrainStateSummary> {
		return await this.json('GET', '/jobtrain/state');
	}

	/** Makes Jobtrain changes in order (new jobs, updates, closures, applications, status changes), each at its own later time. */
	async jobtrainChanges(steps: JobtrainChangeStep[]): Promise<JobtrainChange[]> {
		return (await this.json<{ changes: JobtrainChange[] }>('POST', '/jobtrain/changes', { steps })).changes;
	}

	/** Every change made through the control API since the last reset, in order. */
	async jobtrainChangeLog(): Promise<JobtrainChange[]> {
		return (await this.json<{ changes: JobtrainChange[] }>('GET', '/jobtrain/changes')).changes;
	}

	/** Makes `steps` the moment a client asks for page `pageNo` of a list whose path contains `pathContains`. */
	async jobtrainChangesDuringRead(read: { pathContains: string; pageNo: number }, steps: JobtrainChangeStep[]): Promise<void> {
		await this.json('POST', '/jobtrain/changes-during-read', { ...read, steps });
	}

	/** Moves the Jobtrain clock forward (tokens expire, changes age out of the 24-hour export). */
	async jobtrainAdvanceClock(seconds: number): Promise<{ now: string }> {
		return await this.json('POST', '/jobtrain/clock', { advanceSeconds: seconds });
	}

	/** Ends every Jobtrain session: tokens issued so far answer 401. */
	async jobtrainRevokeTokens(): Promise<{ revoked: number }> {
		return await this.json('POST', '/jobtrain/tokens/revoke');
	}

	/** The next `calls` Jobtrain API calls answer 503 (maintenance) with Retry-After. */
	async jobtrainMaintenance(calls: number, retryAfterSeconds = 60): Promise<void> {
		await this.json('POST', '/jobtrain/maintenance', { calls, retryAfterSeconds });
	}

	/** The next `count` Jobtrain calls matching the path (and page) answer `status` (500 by default). */
	async jobtrainFailure(failure: { pathContains?: string; pageNo?: number; status?: number; count?: number }): Promise<void> {
		await this.json('POST', '/jobtrain/failures', failure);
	}

	/** Cancels maintenance and failures planned with jobtrainMaintenance / jobtrainFailure. */
	async jobtrainClearDisruptions(): Promise<void> {
		await this.json('DELETE', '/jobtrain/disruptions');
	}

	/** An application as stored, with its CV and cover letter summarised (size, sha256). */
	async jobtrainApplication(applicationId: number): Promise<Record<string, unknown> & { cv: JobtrainStoredFile | null; coverLetter: JobtrainStoredFile | null }> {
		return await this.json('GET', `/jobtrain/applications/${applicationId}`);
	}

	/** The CV bytes stored with an application; rejects when it has none. */
	async jobtrainCv(applicationId: number): Promise<StoredFileContent> {
		return await this.file(`/jobtrain/applications/${applicationId}/cv`);
	}

	async cegidState(): Promise<{ counts: CegidCounts; anchor: string }> {
		return await this.json('GET', '/cegid/state');
	}

	/** Every Cegid vacancy, in export (chrono number) order. */
	async cegidVacancies(): Promise<CegidVacancySummary[]> {
		return await this.json('GET', '/cegid/vacancies');
	}

	/** Every Cegid candidate with its attachments' names, types, sizes and SHA-256. */
	async cegidCandidates(): Promise<CegidCandidateSummary[]> {
		return await this.json('GET', '/cegid/candidates');
	}

	/** The bytes of a candidate's attachment as the sandbox stores them. */
	async cegidAttachment(candidateId: string, attachmentId: string): Promise<StoredFileContent> {
		return await this.file(`/cegid/candidates/${encodeURIComponent(candidateId)}/attachments/${encodeURIComponent(attachmentId)}`);
	}

	/** How many Cegid tokens were issued since the last reset, and how many are still valid. */
	async cegidTokens(): Promise<CegidTokenCounts> {
		return await this.json('GET', '/cegid/tokens');
	}

	/** Expires every Cegid token now, or after `afterCalls` more authenticated calls. */
	async cegidExpireTokens(afterCalls = 0): Promise<void> {
		await this.json('POST', '/cegid/tokens/expire', { afterCalls });
	}

	async cegidWebhooks(): Promise<Array<{ hookId: string; event: string; callbackUrl: string; pingUrl: string; createdAt: string }>> {
		return await this.json('GET', '/cegid/webhooks');
	}

	/** Makes Cegid forget a subscription, as if it had been removed on its side. */
	async cegidLoseWebhook(hookId: string): Promise<void> {
		await this.json('DELETE', `/cegid/webhooks/${encodeURIComponent(hookId)}`);
	}

	async cegidReports(): Promise<Array<{ reportType: string; items: Array<Record<string, unknown>>; receivedAt: string }>> {
		return await this.json('GET', '/cegid/reports');
	}

	/** Corrupts the next non-empty export page(s) of a resource. */
	async cegidExportFault(fault: CegidExportFault): Promise<CegidExportFault> {
		return await this.json('POST', '/cegid/export-faults', fault);
	}

	/** Changes Cegid data and delivers the signed events to the subscribed callbacks (batched per URL unless `batch` is false). */
	async cegidChanges(request: { changes: CegidChange[]; batch?: boolean; signing?: CegidSigning; copies?: number; replay?: boolean }): Promise<{ events: CegidEventPayload[]; deliveries: CegidDeliveryResult[] }> {
		return await this.json('POST', '/cegid/changes', request);
	}

	/** Calls the ping URL of every subscription (or of those given). */
	async cegidPing(hookIds?: string[]): Promise<Array<{ hookId: string; pingUrl: string; status: number; error?: string }>> {
		return await this.json('POST', '/cegid/ping', hookIds ? { hookIds } : {});
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

	/** Sets Jobtrain's clock apart from real time and/or how coarse its change stamps are (1 = whole seconds, 60 = minutes, 0 = ms). */
	async jobtrainClock(clock: { offsetSeconds?: number; resolutionSeconds?: number }): Promise<{ now: string }> {
		return await this.json('POST', '/jobtrain/clock', clock);
	}
}
