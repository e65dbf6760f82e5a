import { createHash } from 'node:crypto';

import { HttpError } from '../core/httpError';
import { bytes, json } from '../core/reply';
import { Router } from '../core/router';
import type { ApplicationEventRecord } from './records';
import { type ApplicationEventView, type CompanyView, representApplicationEvent, representCompany } from './represent';
import type { JobcaseStore } from './store';

export interface JobcaseStateSummary {
	readonly counts: JobcaseCounts;
	/** "Now" of the seeded data, ISO 8601. */
	readonly anchor: string;
	readonly companies: (CompanyView & { readonly hasLogo: boolean })[];
	readonly campaignIds: number[];
	readonly purgeRequests: { readonly id: number; readonly email: string; readonly requestedAt: string }[];
}

export interface JobcaseCounts {
	readonly companies: number;
	readonly jobs: number;
	readonly activeJobs: number;
	readonly expiredJobs: number;
	readonly campaigns: number;
	readonly costRows: number;
	readonly logos: number;
	readonly applicationEvents: number;
	readonly ccpaRecords: number;
	readonly purgeRequests: number;
	readonly resumeMatches: number;
}

export interface StoredApplicationEvent extends ApplicationEventView {
	readonly jobSourceId: string;
	readonly jobcaseProfileUrl: string | null;
	readonly receivedAt: string;
	readonly resume: { readonly filename: string; readonly contentType: string; readonly size: number; readonly sha256: string } | null;
}

/** Control routes that let tests look at what the emulation holds (mounted under `/_control/jobcase`). */
export function buildInspectionRouter(store: () => JobcaseStore): Router {
	return new Router()
		.get('/state', () => json(200, describeState(store())))
		.get('/companies/:companyId(\\d+)/logo', (req) => {
			const logo = store().logos.get(Number(req.params.companyId));
			if (!logo) throw new HttpError(404, { error: 'This company has no logo.' });
			return bytes(200, logo.contentType, logo.bytes, { 'X-Filename': encodeURIComponent(logo.filename) });
		})
		// A record deleted in Jobcase outside the API (the API offers no delete), e.g. by Jobcase support.
		.delete('/jobs/:jobId(\\d+)', (req) => {
			if (!store().jobs.delete(Number(req.params.jobId))) throw new HttpError(404, { error: 'No such job.' });
			return json(200, { ok: true });
		})
		.delete('/companies/:companyId(\\d+)', (req) => {
			if (!store().companies.delete(Number(req.params.companyId))) throw new HttpError(404, { error: 'No such company.' });
			return json(200, { ok: true });
		})
		.get('/application-events', () => json(200, [...store().applicationEvents.values()].map(describeEvent)))
		.get('/application-events/:eventId(\\d+)/resume', (req) => {
			const event = store().applicationEvents.get(Number(req.params.eventId));
			if (!event) throw new HttpError(404, { error: 'No such application event.' });
			if (!event.resume) throw new HttpError(404, { error: 'This application event has no resume.' });
			return bytes(200, event.resume.contentType, event.resume.bytes, {
				'X-Filename': encodeURIComponent(event.resume.filename),
			});
		});
}

function describeEvent(event: ApplicationEventRecord): StoredApplicationEvent {
	return {
		...representApplicationEvent(event),
		jobSourceId: event.jobSourceId,
		jobcaseProfileUrl: event.jobcaseProfileUrl,
		receivedAt: event.receivedAt,
		resume: event.resume && {
			filename: event.resume.filename,
			contentType: event.resume.contentType,
			size: event.resume.bytes.length,
			sha256: createHash('sha256').update(event.resume.bytes).digest('hex'),
		},
	};
}

export function describeState(store: JobcaseStore): JobcaseStateSummary {
	return {
		counts: countState(store),
		anchor: new Date(store.anchorMicros / 1000).toISOString(),
		companies: [...store.companies.values()].map((company) => ({
			...representCompany(store, company),
			hasLogo: store.logos.has(company.id),
		})),
		campaignIds: [...store.campaigns.keys()],
		purgeRequests: store.purgeRequests.map((request) => ({ ...request })),
	};
}

export function countState(store: JobcaseStore): JobcaseCounts {
	let activeJobs = 0;
	for (const job of store.jobs.values()) if (job.jobStatus === 'Active') activeJobs++;
	return {
		companies: store.companies.size,
		jobs: store.jobs.size,
		activeJobs,
		expiredJobs: store.jobs.size - activeJobs,
		campaigns: store.campaigns.size,
		costRows: [...store.costs.values()].reduce((sum, rows) => sum + rows.length, 0),
		logos: store.logos.size,
		applicationEvents: store.applicationEvents.size,
		ccpaRecords: store.ccpa.size,
		purgeRequests: store.purgeRequests.length,
		resumeMatches: store.matches.size,
	};
}
