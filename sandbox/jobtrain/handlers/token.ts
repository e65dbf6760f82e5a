import { parseJsonBody } from '../../core/jsonBody';
import { json, type Reply } from '../../core/reply';
import type { SandboxRequest } from '../../core/request';
import type { TokenRegistry } from '../access/tokens';
import type { JobtrainContext } from '../context';
import { accessDenied, invalidFormat } from '../problems';

const FIELDS = ['clientID', 'clientSecret', 'username', 'password'] as const;

/**
 * `POST /connect/token` with a JSON body of `clientID`, `clientSecret`, `username` and `password` (the
 * user's API password). Answers the bearer token in the configured shape; a bare JSON string by default.
 */
export function issueToken(ctx: JobtrainContext, tokens: TokenRegistry, req: SandboxRequest): Reply {
	const parsed = parseJsonBody(req.body);
	if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
		throw invalidFormat('The token request must be a JSON object with clientID, clientSecret, username and password.');
	}
	const body = parsed.value as Record<string, unknown>;
	const missing = FIELDS.filter((field) => typeof body[field] !== 'string' || body[field] === '');
	if (missing.length > 0) throw invalidFormat(`The token request is missing: ${missing.join(', ')}.`);

	const config = ctx.config();
	const user = config.users.find((candidate) => candidate.username.toLowerCase() === String(body.username).toLowerCase());
	const clientMatches = body.clientID === config.clientId && body.clientSecret === config.clientSecret;
	if (!clientMatches || !user || user.apiPassword !== body.password) {
		throw accessDenied('Invalid client credentials, username or API password.');
	}
	const { token, expiresIn } = tokens.issue(config.clientId, user, ctx.clock.now(), config.tokenLifetimeSeconds);
	if (config.tokenResponse === 'accessToken') return json(200, { access_token: token, token_type: 'Bearer', expires_in: expiresIn });
	if (config.tokenResponse === 'token') return json(200, { token, expires: new Date(ctx.clock.now() + expiresIn * 1000).toISOString() });
	return json(200, token);
}
