import { json } from '../../core/reply';
import { canSee, type JobtrainContext } from '../context';
import { pageOf, readPaging } from '../paging';
import type { JobRecord } from '../records';
import { exportView } from '../represent';
import type { EndpointHandlers } from './handlerTypes';

const WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Applications whose status changed in the last 24 hours, oldest change first, with candidate, job,
 * equal-opportunities and CV / cover letter data.
 */
export function exportHandlers(ctx: JobtrainContext): Pick<EndpointHandlers, 'exportApplications'> {
	return {
		exportApplications: (req) => {
			const paging = readPaging(req.query);
			const store = ctx.store();
			const since = ctx.clock.now() - WINDOW_MS;
			const changed = [...store.applications.values()]
				.filter((application) => store.lastChangeMs(application) >= since && canSee(req.user, store.jobs.get(application.jobId) as JobRecord))
				.sort((a, b) => store.lastChangeMs(a) - store.lastChangeMs(b) || a.applicationId - b.applicationId);
			return json(200, pageOf(changed, paging, 'applications', (application) => exportView(store, application)));
		},
	};
}
