export interface SendOutcome {
	/** 0 when no answer arrived. */
	readonly status: number;
	readonly response: string;
	readonly error?: string;
}

const TIMEOUT_MS = 10_000;

/** POSTs one delivery and reads the answer; never throws. */
export async function sendDelivery(url: string, headers: Record<string, string>, body: Buffer, signal: AbortSignal): Promise<SendOutcome> {
	try {
		const response = await fetch(url, {
			method: 'POST',
			headers,
			body,
			signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]),
		});
		return { status: response.status, response: (await response.text()).slice(0, 2000) };
	} catch (error) {
		return { status: 0, response: '', error: error instanceof Error ? error.message : String(error) };
	}
}
