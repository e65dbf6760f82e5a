import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';

export interface LoggedWarning {
	message: string;
	metadata: Record<string, unknown>;
}

/**
 * Records what nodes write with `this.logger.warn` (n8n's Logger from its DI container, the one every node context
 * hands out), instead of printing it. Call `stop()` to restore the logger.
 */
export function recordWarnings(): { warnings: LoggedWarning[]; stop(): void } {
	const warnings: LoggedWarning[] = [];
	const spy = jest.spyOn(Container.get(Logger), 'warn').mockImplementation((message: string, metadata?: object) => {
		warnings.push({ message, metadata: { ...(metadata ?? {}) } as Record<string, unknown> });
	});
	return { warnings, stop: () => spy.mockRestore() };
}
