import { HttpError } from '../../core/httpError';
import { delay } from '../../core/delay';
import { json } from '../../core/reply';
import type { JobcaseContext } from '../context';
import { formatInstant, nowMicros } from '../drf/datetime';
import { emailField, isValidEmail } from '../drf/fields';
import { readRequestData } from '../drf/requestData';
import { notFound } from '../drf/responses';
import { requireValid, validateData } from '../drf/serializer';
import { representCcpa } from '../represent';
import type { EndpointHandlers } from './endpointHandlers';

const purgeSchema = { email: emailField() };

export function ccpaHandlers(ctx: JobcaseContext): Pick<EndpointHandlers, 'lookupCcpa' | 'requestCcpaPurge'> {
	return {
		/** The real lookup takes about 45 s; `ccpaLatencyMs` emulates that (0 by default). */
		lookupCcpa: async (req) => {
			const email = req.query.get('email');
			if (email === null || email === '') throw new HttpError(400, { email: ['This field is required.'] });
			if (!isValidEmail(email)) throw new HttpError(400, { email: ['Enter a valid email address.'] });
			await delay(ctx.config().ccpaLatencyMs, req.signal);
			const record = ctx.store().ccpa.get(email.toLowerCase());
			if (!record) throw notFound();
			return json(200, representCcpa(record));
		},
		/** The sandbox carries the purge out at once, so a later lookup answers 404. */
		requestCcpaPurge: (req) => {
			const input = requireValid(validateData(purgeSchema, readRequestData(req).data));
			const store = ctx.store();
			const request = { id: store.ids.purge.next(), email: input.email, requestedAt: formatInstant(nowMicros()) };
			store.purgeRequests.push(request);
			store.ccpa.delete(input.email.toLowerCase());
			return json(201, { id: request.id, email: request.email });
		},
	};
}
