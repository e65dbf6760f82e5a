import type { TokenStore } from './access/tokenStore';
import type { CegidConfig } from './config';
import type { ExportFaults } from './export/exportFaults';
import type { CegidStore } from './store';

/** What handlers read: always the current store and config, which a reset or config change replaces. */
export interface CegidContext {
	store(): CegidStore;
	config(): CegidConfig;
	readonly tokens: TokenStore;
	readonly exportFaults: ExportFaults;
}
