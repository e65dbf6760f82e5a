import type { IncomingHttpHeaders } from 'node:http';

import { unauthorized } from '../responses';
import type { TokenStore } from './tokenStore';

/** Reads `Authorization: bearer <token>` (scheme case-insensitive) and returns the token's scope; 401 otherwise. */
export function authenticate(headers: IncomingHttpHeaders, tokens: TokenStore, nowMs: number): string {
	const header = headers.authorization;
	const match = typeof header === 'string' ? /^bearer\s+(\S+)\s*$/i.exec(header) : null;
	if (!match) throw unauthorized();
	const scope = tokens.use(match[1], nowMs);
	if (scope === undefined) throw unauthorized();
	return scope;
}
