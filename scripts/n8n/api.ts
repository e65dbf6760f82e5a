/** The owner login `npm start` and the end-to-end tests set up. */
export interface OwnerLogin {
	readonly email: string;
	readonly password: string;
	readonly firstName: string;
	readonly lastName: string;
}

export interface WorkflowSummary {
	readonly id: string;
	readonly name: string;
	readonly active: boolean;
	readonly nodes: Array<{ name: string; type: string; typeVersion?: number; webhookId?: string; parameters: Record<string, unknown> }>;
}

export interface ExecutionSummary {
	readonly id: string;
	readonly workflowId: string;
	readonly status: string;
	readonly mode: string;
	readonly finished: boolean;
	readonly startedAt: string;
	readonly data?: ExecutionData;
}

export interface ExecutionData {
	readonly resultData: {
		readonly runData: Record<string, Array<{ data?: { main?: Array<Array<{ json: Record<string, unknown> }> | null> }; error?: { message: string } }>>;
		readonly error?: { message: string };
	};
}

/** `GET /rest/workflows/:id/publication-status` of n8n versions that publish through an outbox. */
interface PublicationStatus {
	readonly status: 'in_progress' | 'not_published' | 'published' | 'partial' | 'failed';
	readonly triggers: Array<{ nodeId: string; status: string; errorMessage?: string | null }>;
}

// n8n ties its auth cookie to a browser id sent with every REST call.
const BROWSER_ID = 'n8n-nodes-recruiting-tooling';

/** n8n's REST API (owner set-up, login, API keys) and its public API (`/api/v1`, with an API key). */
export class N8nApi {
	private cookie = '';
	private apiKey = '';
	/** Set once n8n answered that it has no publication status (activation is synchronous there). */
	private publicationStatusMissing = false;

	constructor(readonly url: string) {}

	/** Sets up the owner account on a fresh instance; an instance that has one already is left as it is. */
	async setupOwner(owner: OwnerLogin): Promise<void> {
		const response = await fetch(`${this.url}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID },
			body: JSON.stringify(owner),
		});
		if (response.ok) {
			this.keepCookie(response);
			return;
		}
		const text = await response.text();
		if (!/already/i.test(text)) throw new Error(`Owner set-up failed (${response.status}): ${text}`);
	}

	async login(owner: OwnerLogin): Promise<void> {
		const response = await fetch(`${this.url}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID },
			body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
		});
		if (!response.ok) throw new Error(`Login as ${owner.email} failed (${response.status}): ${await response.text()}`);
		this.keepCookie(response);
	}

	/** Creates a public-API key with every scope the owner may grant, and uses it from now on. */
	async createApiKey(label: string): Promise<string> {
		const scopes = await this.rest<string[]>('GET', '/rest/api-keys/scopes');
		const created = await this.rest<{ rawApiKey: string }>('POST', '/rest/api-keys', { label, expiresAt: null, scopes });
		this.apiKey = created.rawApiKey;
		return this.apiKey;
	}

	useApiKey(apiKey: string): void {
		this.apiKey = apiKey;
	}

	/** A GET with the owner's cookie, for what the editor loads (node and credential types, icons). */
	async editorGet(path: string): Promise<Response> {
		return await fetch(`${this.url}${path}`, { headers: { 'browser-id': BROWSER_ID, cookie: this.cookie } });
	}

	/** Internal REST call with the owner's cookie; answers the `data` field. */
	async rest<T>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await fetch(`${this.url}${path}`, {
			method,
			headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID, cookie: this.cookie },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
		return (text ? (parseJson(text, `${method} ${path}`) as { data: T }).data : undefined) as T;
	}

	/** Public API call (`/api/v1`) with the API key. */
	async publicApi<T>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await fetch(`${this.url}/api/v1${path}`, {
			method,
			headers: { 'content-type': 'application/json', 'X-N8N-API-KEY': this.apiKey },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`${method} /api/v1${path} answered ${response.status}: ${text.slice(0, 500)}`);
		return (text ? parseJson(text, `${method} /api/v1${path}`) : undefined) as T;
	}

	async createCredential(credential: { name: string; type: string; data: Record<string, unknown> }): Promise<{ id: string; name: string }> {
		return await this.publicApi('POST', '/credentials', credential);
	}

	async createWorkflow(workflow: Record<string, unknown>): Promise<WorkflowSummary> {
		return await this.publicApi('POST', '/workflows', workflow);
	}

	async workflow(id: string): Promise<WorkflowSummary> {
		return await this.publicApi('GET', `/workflows/${id}`);
	}

	async workflows(): Promise<WorkflowSummary[]> {
		return (await this.publicApi<{ data: WorkflowSummary[] }>('GET', '/workflows?limit=250')).data;
	}

	/** Activates (publishes) a workflow; with the owner's login, returns once its triggers are live (see waitForPublication). */
	async activate(id: string): Promise<WorkflowSummary> {
		const workflow = await this.publicApi<WorkflowSummary>('POST', `/workflows/${id}/activate`);
		await this.waitForPublication(id, 'published');
		return workflow;
	}

	/** Deactivates (unpublishes) a workflow; with the owner's login, returns once its triggers are stopped. */
	async deactivate(id: string): Promise<WorkflowSummary> {
		const workflow = await this.publicApi<WorkflowSummary>('POST', `/workflows/${id}/deactivate`);
		await this.waitForPublication(id, 'unpublished');
		return workflow;
	}

	/**
	 * Newer n8n (2.3x on) publishes and unpublishes through an outbox: the API answers first, and the triggers start
	 * (webhooks registered, `create()` run) or stop (`delete()` run) a moment later. This waits until that is done,
	 * using the editor's `GET /rest/workflows/:id/publication-status`, and fails with the trigger errors n8n reports
	 * when publishing failed. n8n without that route (2.8) activates before answering: nothing to wait for. Without
	 * the owner's login (API key only) it cannot ask, and returns at once.
	 */
	async waitForPublication(id: string, expected: 'published' | 'unpublished', timeoutMs = 60_000): Promise<void> {
		if (!this.cookie || this.publicationStatusMissing) return;
		const deadline = Date.now() + timeoutMs;
		let status: PublicationStatus | undefined;
		while (Date.now() < deadline) {
			const response = await fetch(`${this.url}/rest/workflows/${id}/publication-status`, { headers: { 'browser-id': BROWSER_ID, cookie: this.cookie } });
			if (response.status === 404 && !/does not exist/.test(await response.clone().text())) {
				this.publicationStatusMissing = true;
				return;
			}
			if (!response.ok) throw new Error(`GET /rest/workflows/${id}/publication-status answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
			status = ((await response.json()) as { data: PublicationStatus }).data;
			if (status.status !== 'in_progress') {
				if (expected === 'published' && status.status !== 'published') {
					const errors = status.triggers.filter((trigger) => trigger.errorMessage).map((trigger) => `${trigger.nodeId}: ${trigger.errorMessage}`);
					throw new Error(`Workflow ${id} was not published (${status.status})${errors.length ? `: ${errors.join('; ')}` : ''}`);
				}
				return;
			}
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
		throw new Error(`Workflow ${id} was still being ${expected === 'published' ? 'published' : 'unpublished'} after ${timeoutMs / 1000} s: ${JSON.stringify(status)}`);
	}

	async deleteWorkflow(id: string): Promise<void> {
		await this.publicApi('DELETE', `/workflows/${id}`);
	}

	/** Executions of a workflow, newest first, with their data. */
	async executions(workflowId: string): Promise<ExecutionSummary[]> {
		return (await this.publicApi<{ data: ExecutionSummary[] }>('GET', `/executions?workflowId=${workflowId}&includeData=true&limit=100`)).data;
	}

	private keepCookie(response: Response): void {
		const header = response.headers.get('set-cookie');
		const match = header ? /n8n-auth=[^;]+/.exec(header) : null;
		if (match) this.cookie = match[0];
	}
}

function parseJson(text: string, call: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		throw new Error(`${call} answered something that is not JSON: ${text.slice(0, 300)}`);
	}
}
