import { createHmac, randomBytes } from 'node:crypto';

import type { Subscription } from './subscriptions';

export interface WebhookEvent {
	readonly id: string;
	readonly type: string;
	readonly created_at: string;
	readonly data: unknown;
}

/**
 * How a delivery is sent: `signed` as NHSJob would; the others are what an attacker or a broken
 * network produces, for tests: `forged` (signed with another secret), `unsigned`, `stale` (correctly
 * signed, about an event from the past: its body's `created_at` and its timestamp header are `staleSeconds` old).
 */
export type DeliveryVariant = 'signed' | 'forged' | 'unsigned' | 'stale';

export interface SignedDelivery {
	readonly headers: Record<string, string>;
	readonly body: Buffer;
}

export function signDelivery(event: WebhookEvent, subscription: Subscription, variant: DeliveryVariant, nowMs: number, staleSeconds: number): SignedDelivery {
	const { signing } = subscription;
	const signedAtMs = variant === 'stale' ? nowMs - staleSeconds * 1000 : nowMs;
	const createdAt = variant === 'stale' ? new Date(signedAtMs).toISOString() : event.created_at;
	const body = Buffer.from(JSON.stringify({ id: event.id, type: event.type, created_at: createdAt, data: event.data }));
	const timestamp = String(Math.floor(signedAtMs / 1000));
	const headers: Record<string, string> = {
		'Content-Type': 'application/json',
		'User-Agent': 'NHSJob-Webhooks/1.0',
		'X-NHSJob-Event': event.type,
		'X-NHSJob-Delivery': `dlv_${randomBytes(8).toString('hex')}`,
		[signing.eventIdHeader]: event.id,
		[signing.timestampHeader]: timestamp,
	};
	if (variant === 'unsigned') return { headers, body };

	const secret = variant === 'forged' ? `not-${subscription.secret}` : subscription.secret;
	const payload = signing.signedContent === 'timestampAndBody' ? Buffer.concat([Buffer.from(`${timestamp}.`), body]) : body;
	const digest = createHmac(signing.algorithm, secret).update(payload).digest(signing.encoding);
	headers[signing.signatureHeader] = `${signing.prefix}${digest}`;
	return { headers, body };
}
