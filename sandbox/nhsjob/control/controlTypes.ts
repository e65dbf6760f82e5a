import type { ApplicationView } from '../represent';
import type { DeliveryRecord, Repeat } from '../webhooks/eventSource';
import type { DeliveryVariant } from '../webhooks/signDelivery';
import type { EventType, SigningOptions } from '../webhooks/subscriptions';
import type { NhsJobCounts } from './counts';

/** Shapes of the `/_control/nhsjob` API, for the typed client. */
export interface NhsJobStateSummary {
	readonly counts: NhsJobCounts;
	/** Token endpoint grants so far, by grant type. */
	readonly oauthGrants: { readonly authorizationCode: number; readonly refreshToken: number };
	readonly anchor: string;
}

export interface NhsJobStoredApplication extends ApplicationView {
	readonly submitted_by: string;
}

export interface NhsJobWebhookRequest {
	readonly url: string;
	readonly events?: EventType[];
	/** Generated when left out, as the dashboard does. */
	readonly secret?: string;
	readonly signing?: Partial<SigningOptions>;
}

export interface NhsJobEmitRequest {
	readonly type: EventType;
	/** The event's data as sent; when left out, the sandbox makes the change and reports it. */
	readonly data?: unknown;
	readonly target?: string;
	readonly status?: string;
	readonly variant?: DeliveryVariant;
	readonly repeat?: Repeat;
	readonly webhookId?: string;
	/** Age of a `stale` delivery's timestamp and body `created_at`, default 600; negative puts it in the future. */
	readonly staleSeconds?: number;
	/** Send the first delivery this many times at the same moment, byte for byte (1 to 20, default 1). */
	readonly copies?: number;
}

export interface NhsJobEmitResult {
	readonly data: unknown;
	readonly deliveries: DeliveryRecord[];
}
