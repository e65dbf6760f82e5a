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
	readonly nodes: Array<{ name: string; type: string; webhookId?: string; parameters: Record<string, unknown> }>;
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

// n8n ties its auth cookie to a browser id sent with every REST call.
const BROWSER_ID = 'n8n-nodes-recruiting-tooling';

/** n8n's REST API (owner set-up, login, API keys) and its public API (`/api/v1`, with an API key). */
export class N8nApi {
	private cookie = '';
	private apiKey = '';

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

	async activate(id: string): Promise<WorkflowSummary> {
		return await this.publicApi('POST', `/workflows/${id}/activate`);
	}

	async deactivate(id: string): Promise<WorkflowSummary> {
		return await this.publicApi('POST', `/workflows/${id}/deactivate`);
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
