import { randomBytes } from 'node:crypto';

import { sendDelivery } from './send';
import { type DeliveryVariant, signDelivery, type WebhookEvent } from './signDelivery';
import { type EventType, parseSubscription, type Subscription } from './subscriptions';

/** `retry`: NHSJob sends the same event again (new timestamp and signature); `replay`: the same bytes and headers again. */
export type Repeat = 'none' | 'retry' | 'replay';

export interface EmitOptions {
	readonly variant: DeliveryVariant;
	readonly repeat: Repeat;
	/** Only this webhook; default every webhook subscribed to the event. */
	readonly webhookId?: string;
	/** How old a `stale` delivery's timestamp is; negative puts it in the future. */
	readonly staleSeconds: number;
	/** The first delivery is sent this many times at the same moment, byte for byte (a duplicating proxy, a retry racing the original); default 1. */
	readonly copies?: number;
}

export interface DeliveryRecord {
	readonly id: string;
	readonly webhookId: string;
	readonly eventId: string;
	readonly type: string;
	readonly variant: DeliveryVariant;
	readonly attempt: number;
	readonly status: number;
	readonly response: string;
	readonly error?: string;
	readonly at: string;
}

/** Webhook subscriptions and what was delivered to them. */
export class EventSource {
	private readonly subscriptions = new Map<string, Subscription>();
	private nextSubscription = 1;
	private readonly log: DeliveryRecord[] = [];
	private readonly pending = new Set<Promise<unknown>>();

	subscribe(input: unknown): Subscription {
		const subscription = parseSubscription(input, `wh_${this.nextSubscription++}`);
		this.subscriptions.set(subscription.id, subscription);
		return subscription;
	}

	list(): Subscription[] {
		return [...this.subscriptions.values()];
	}

	deliveries(): DeliveryRecord[] {
		return this.log.map((record) => ({ ...record }));
	}

	/** A change happened: deliver it, correctly signed, to every subscriber, without waiting. */
	announce(signal: AbortSignal, type: EventType, data: unknown): void {
		const delivering = this.emit(signal, type, data, { variant: 'signed', repeat: 'none', staleSeconds: 0 });
		this.pending.add(delivering);
		void delivering.finally(() => this.pending.delete(delivering));
	}

	/** Delivers one event now and returns what each delivery got back. */
	async emit(signal: AbortSignal, type: EventType, data: unknown, options: EmitOptions): Promise<DeliveryRecord[]> {
		const event: WebhookEvent = { id: `evt_${randomBytes(10).toString('hex')}`, type, created_at: new Date().toISOString(), data };
		const targets = this.list().filter((subscription) =>
			options.webhookId ? subscription.id === options.webhookId : subscription.events.includes(type),
		);
		const records: DeliveryRecord[] = [];
		for (const subscription of targets) {
			const first = signDelivery(event, subscription, options.variant, Date.now(), options.staleSeconds);
			const copies = Array.from({ length: Math.max(1, options.copies ?? 1) }, (_, index) => index + 1);
			records.push(...(await Promise.all(copies.map(async (copy) => await this.deliver(signal, subscription, event, options.variant, copy, first.headers, first.body)))));
			if (options.repeat === 'none') continue;
			const again = options.repeat === 'replay' ? first : signDelivery(event, subscription, options.variant, Date.now(), options.staleSeconds);
			records.push(await this.deliver(signal, subscription, event, options.variant, copies.length + 1, again.headers, again.body));
		}
		return records;
	}

	/** Waits for deliveries started by API calls. */
	async settle(): Promise<void> {
		await Promise.allSettled([...this.pending]);
	}

	private async deliver(
		signal: AbortSignal,
		subscription: Subscription,
		event: WebhookEvent,
		variant: DeliveryVariant,
		attempt: number,
		headers: Record<string, string>,
		body: Buffer,
	): Promise<DeliveryRecord> {
		const outcome = await sendDelivery(subscription.url, headers, body, signal);
		const record: DeliveryRecord = {
			id: headers['X-NHSJob-Delivery'],
			webhookId: subscription.id,
			eventId: event.id,
			type: event.type,
			variant,
			attempt,
			...outcome,
			at: new Date().toISOString(),
		};
		this.log.push(record);
		return record;
	}
}
