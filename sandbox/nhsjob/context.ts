import type { NhsJobConfig } from './config';
import type { NhsJobStore } from './records';
import type { EventSource } from './webhooks/eventSource';

/** What handlers read: always the current store and config, which a reset or config change replaces. */
export interface NhsJobContext {
	store(): NhsJobStore;
	config(): NhsJobConfig;
	/** Where changes are announced to webhook subscribers. */
	events(): EventSource;
}
