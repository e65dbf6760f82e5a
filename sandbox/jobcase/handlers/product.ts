import { HttpError } from '../../core/httpError';
import { json } from '../../core/reply';
import type { JobcaseContext } from '../context';
import { toInteger } from '../drf/fields';
import { permissionDenied } from '../drf/responses';
import { PRODUCT_CATALOGUE } from '../products';
import type { EndpointHandlers } from './endpointHandlers';

export function productHandlers(ctx: JobcaseContext): Pick<EndpointHandlers, 'listProducts'> {
	return {
		/** Answers a plain array, not the paging envelope. */
		listProducts: (req) => {
			const raw = req.query.get('partnerId');
			if (raw === null || raw === '') throw new HttpError(400, { partnerId: ['This field is required.'] });
			const partnerId = toInteger(raw);
			if (partnerId === undefined) throw new HttpError(400, { partnerId: ['A valid integer is required.'] });
			if (partnerId !== ctx.config().partnerId) throw permissionDenied('You do not have permission to act for this partner.');
			return json(
				200,
				PRODUCT_CATALOGUE.map((product) => ({ ...product })),
			);
		},
	};
}
