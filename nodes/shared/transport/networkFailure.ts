import type { ProviderConfig, RequestFailure } from './types';

/** How the last attempt of a request went, for the error that ends it. */
export interface AttemptSummary {
	number: number;
	/** Time since the first attempt started. */
	elapsedMs: number;
	timeoutMs: number;
	/** The request creates or changes something and is not safe to repeat. */
	write: boolean;
}

/** Network errors where the request may have reached the server before the connection broke. */
export const AMBIGUOUS_NETWORK_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'ESOCKETTIMEDOUT']);

/**
 * The message and description of a request that got no answer. A write whose answer was lost may
 * have been saved: the advice is then to check before running again, never to simply retry.
 */
export function describeNetworkFailure(
	provider: ProviderConfig,
	failure: Extract<RequestFailure, { kind: 'network' }>,
	requestLabel: string,
	attempt?: AttemptSummary,
): { message: string; description: string } {
	const tries = attempt ? ` (${attempt.number} attempt${attempt.number === 1 ? '' : 's'} over ${seconds(attempt.elapsedMs)})` : '';
	const message = failure.timedOut
		? `${provider.displayName} did not answer within ${seconds(attempt?.timeoutMs ?? 0)}: the request timed out${tries}`
		: `Could not reach ${provider.displayName} (${failure.code})`;
	const what = failure.timedOut ? 'got no answer before its timeout' : `failed before an answer arrived: ${failure.message}`;
	if (attempt?.write && (failure.timedOut || AMBIGUOUS_NETWORK_CODES.has(failure.code))) {
		return {
			message,
			description: `${requestLabel} was sent but ${what}. ${provider.displayName} may have saved the record: check in ${provider.displayName} whether it exists before running the node again, as running it again could create it twice.`,
		};
	}
	const advice = failure.timedOut
		? 'The provider may be overloaded; run the node again later, or raise "Timeout" in Request Options.'
		: 'Check the Base URL in the credential and that the service is reachable from n8n.';
	return { message, description: `${requestLabel} ${what}${tries}. ${advice}` };
}

function seconds(milliseconds: number): string {
	const value = milliseconds / 1000;
	return `${Number.isInteger(value) ? value : value.toFixed(1)} s`;
}
