import type { Handler } from '../core/router';
import { Router } from '../core/router';
import type { CegidContext } from './context';
import type { CegidPathStyle } from './config';
import { CEGID_ENDPOINTS, type CegidEndpointName, servedPath } from './endpoints';
import { candidateExportHandler, vacancyExportHandler } from './handlers/exports';
import { getTranslationHandler, listReferentialHandler, listTranslationsHandler } from './handlers/referentials';
import { reportHandler } from './handlers/reports';
import { tokenHandler } from './handlers/token';
import { createWebhookHandler, deleteWebhookHandler, listWebhooksHandler } from './handlers/webhooks';

/**
 * Routes every row of the endpoint table, in the form a site of `style` serves, to its handler; the type
 * makes a missing handler a compile error.
 */
export function buildApiRouter(ctx: CegidContext, style: CegidPathStyle): Router {
	const handlers: Record<CegidEndpointName, Handler> = {
		requestToken: tokenHandler(ctx),
		exportVacancies: vacancyExportHandler(ctx),
		exportCandidates: candidateExportHandler(ctx),
		submitReport: reportHandler(ctx),
		listReferential: listReferentialHandler(ctx),
		listTranslations: listTranslationsHandler(ctx),
		getTranslation: getTranslationHandler(ctx),
		createWebhook: createWebhookHandler(ctx),
		listWebhooks: listWebhooksHandler(ctx),
		deleteWebhook: deleteWebhookHandler(ctx),
	};
	const router = new Router();
	for (const name of Object.keys(CEGID_ENDPOINTS) as CegidEndpointName[]) {
		const endpoint = CEGID_ENDPOINTS[name];
		router.add(endpoint.method, servedPath(endpoint, style), handlers[name]);
	}
	return router;
}
