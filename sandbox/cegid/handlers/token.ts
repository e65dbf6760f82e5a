import { parseHeaderWithParams } from '../../core/contentType';
import { json } from '../../core/reply';
import type { Handler } from '../../core/router';
import type { CegidContext } from '../context';
import { oauthError } from '../responses';

const SCOPES = ['MatchingIndexation', 'Customer'];

/** `POST /api/token`: the OAuth2 client credentials grant, form-encoded. */
export function tokenHandler(ctx: CegidContext): Handler {
	return (req) => {
		if (parseHeaderWithParams(req.headers['content-type'] as string | undefined).mediaType !== 'application/x-www-form-urlencoded') {
			throw oauthError('invalid_request', 'The request must be sent as application/x-www-form-urlencoded.');
		}
		const form = new URLSearchParams(req.body.toString('utf8'));
		const config = ctx.config();
		if (form.get('grant_type') !== 'client_credentials') {
			throw oauthError('unsupported_grant_type', 'grant_type must be client_credentials.');
		}
		if (form.get('client_id') !== config.clientId || form.get('client_secret') !== config.clientSecret) {
			throw oauthError('invalid_client', 'The client_id or client_secret is not valid.');
		}
		const scope = form.get('scope') ?? '';
		if (!SCOPES.includes(scope)) throw oauthError('invalid_scope', `scope must be one of ${SCOPES.join(', ')}.`);
		const token = ctx.tokens.issue(config.tokenLifetimeSeconds, scope, Date.now());
		return json(200, { access_token: token, token_type: 'bearer', expires_in: config.tokenLifetimeSeconds });
	};
}
