import { validCompany } from '../jobcase/fixture';

/**
 * How the fault matrix exercises each operation of each node. Every operation the nodes offer must be
 * here: a new operation without an entry makes the matrix fail until its sample is added.
 * - list: read with Return All over more than one page; `path` is the list's path below the API base.
 * - write: creates something, so is not safe to repeat; `path` is the one request it sends.
 * - other: single-record reads, idempotent actions and the custom call, which the list and write faults do not concern.
 */
export type Sample =
	| { kind: 'list'; parameters: Record<string, unknown>; path: string }
	| { kind: 'write'; parameters: (suffix: string) => Record<string, unknown>; path: string }
	| { kind: 'other' };

export type ProviderName = 'jobcase' | 'cegid' | 'jobtrain' | 'nhsjob';

const other: Sample = { kind: 'other' };

export const SAMPLES: Record<ProviderName, Record<string, Sample>> = {
	jobcase: {
		'job.getAll': { kind: 'list', parameters: { returnAll: true, filters: { status: 'all' }, simplify: false }, path: '/job/' },
		'company.getAll': { kind: 'list', parameters: { returnAll: true }, path: '/company/' },
		'campaign.getAll': { kind: 'list', parameters: { returnAll: true, status: 'all' }, path: '/campaign/' },
		'campaign.getCostData': { kind: 'list', parameters: { returnAll: true }, path: '/campaign/cost_data/' },
		'product.getAll': { kind: 'list', parameters: { returnAll: true }, path: '/product/' },
		'company.create': { kind: 'write', parameters: (suffix) => validCompany(`matrix-${suffix}`), path: '/company/' },
		'applicationEvent.send': other,
		'campaign.create': other,
		'campaign.estimate': other,
		'campaign.get': other,
		'campaign.update': other,
		'company.upsert': other,
		'company.get': other,
		'company.update': other,
		'company.uploadLogo': other,
		'job.create': other,
		'job.upsert': other,
		'job.expire': other,
		'job.get': other,
		'job.addProducts': other,
		'job.removeProducts': other,
		'job.unexpire': other,
		'job.update': other,
		'privacy.get': other,
		'privacy.requestPurge': other,
		'resumeMatch.get': other,
		'resumeMatch.submitExperienceMatch': other,
		'resumeMatch.submitMatch': other,
		'customApiCall.call': other,
	},
	cegid: {
		'vacancy.getAll': { kind: 'list', parameters: { returnAll: true }, path: '/exports/v1/vacancies' },
		'candidate.getAll': { kind: 'list', parameters: { returnAll: true }, path: '/exports/v1/candidates' },
		'referential.getAll': { kind: 'list', parameters: { category: 'countries', returnAll: true }, path: '/referentials/countries' },
		'referential.getTranslations': other,
		'report.submit': other,
		'webhook.create': other,
		'webhook.delete': other,
		'webhook.getAll': { kind: 'list', parameters: { returnAll: true }, path: '/system/v1/webhooks' },
		'customApiCall.call': other,
	},
	jobtrain: {
		'job.getAll': { kind: 'list', parameters: { returnAll: true }, path: '/jobs' },
		'setting.getAll': { kind: 'list', parameters: { setting: 'division', returnAll: true }, path: '/settings/divisions' },
		// A list, but its sandbox seed has no recent change by default: its cells wait for a seed with changes.
		'export.getChanges': other,
		'candidate.getManyForJob': other,
		'candidate.createAndApply': other,
		'candidate.getApplication': other,
		'candidate.getApplicationStatus': other,
		'job.get': other,
		'setting.create': other,
		'customApiCall.call': other,
	},
	nhsjob: {
		'job.search': { kind: 'list', parameters: { returnAll: true, simplify: false }, path: '/v1/jobs' },
		'job.get': other,
		'application.submit': other,
		'customApiCall.call': other,
	},
};
