import type { INodeExecutionData } from 'n8n-workflow';

import { cegidEndpoints } from '../../nodes/Cegid/cegid.api';
import { jobcaseEndpoints } from '../../nodes/Jobcase/jobcase.api';
import { jobtrainEndpoints } from '../../nodes/Jobtrain/jobtrain.api';
import { nhsJobEndpoints } from '../../nodes/NHSJob/nhsjob.api';
import type { EndpointDefinition } from '../../nodes/shared/transport/types';
import { validCompany } from '../jobcase/fixture';

/**
 * How the fault matrix exercises each operation of each node. Every operation the nodes offer must be
 * here: a new operation without an entry makes the matrix fail until its sample is added.
 * - list: read with Return All over more than one page; `path` is the list's path below the API base.
 * - write: creates or changes something; `endpoint` names the one request it is attacked on, in the
 *   provider's endpoint table, whose method and `idempotent` flag decide whether it may be repeated.
 * - read: reads or computes one record (`endpoint`), and must fail on anything that is not one.
 * - custom: the Custom API Call, attacked with a list-like GET and a POST.
 * - other: sends no request of its own, or fits none of the kinds (say why).
 */
export type Sample =
	| { kind: 'list'; parameters: (ids: Ids) => Record<string, unknown>; path: string }
	| { kind: 'write'; endpoint: string; parameters: (suffix: string, ids: Ids) => Record<string, unknown>; input?: () => INodeExecutionData[] }
	| { kind: 'read'; endpoint: string; parameters: (ids: Ids) => Record<string, unknown> }
	| { kind: 'custom'; listPath: string; post: { path: string; body: (suffix: string, ids: Ids) => Record<string, unknown> } }
	| { kind: 'other'; why: string };

export type ProviderName = 'jobcase' | 'cegid' | 'jobtrain' | 'nhsjob';

/** Records the matrix creates in its setup, for operations that need an existing one. */
export type Ids = Record<string, string | number>;

export const ENDPOINTS: Record<ProviderName, Record<string, EndpointDefinition>> = {
	jobcase: jobcaseEndpoints,
	cegid: cegidEndpoints,
	jobtrain: jobtrainEndpoints,
	nhsjob: nhsJobEndpoints,
};

/** A 1×1 PNG and a small PDF: small, valid files for operations that upload one. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + 'ff'.repeat(64), 'hex');
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2_000, 7)]);
const file = (bytes: Buffer, fileName: string, mimeType: string, property = 'data'): INodeExecutionData[] => [
	{ json: {}, binary: { [property]: { data: bytes.toString('base64'), mimeType, fileName } } },
];

const job = (suffix: string) => ({
	companyId: 1,
	adNumber: `AD-${suffix}`,
	jobTitle: 'Rodeo Clown',
	jobDescription: 'A rodeo clown has many on-site duties. '.repeat(5),
	jobCity: 'San Francisco',
	jobState: 'CA',
	jobZipCode: '94111',
});
const applicant = (suffix: string) => ({
	jobSourceId: 'x3js81mdz1',
	firstName: 'Ada',
	lastName: `Lovelace-${suffix}`,
	email: `ada.${suffix}@example.com`,
	phoneNumber: '(555) 555-5555',
	userIp: '203.0.113.7',
});
/** NHSJob refuses a second application of a candidate to a job: each write cell applies another seeded candidate. */
const candidateFor = (suffix: string) => `cand_${50001 + (['reset', 'timeout', '429', '503'].findIndex((name) => suffix.includes(name)) + 1)}`;
const resumeData = JSON.stringify({ skills: ['nursing', 'triage'], workExperiences: [{ title: 'Nurse', description: 'ward nursing and triage' }] });

export const SAMPLES: Record<ProviderName, Record<string, Sample>> = {
	jobcase: {
		'job.getAll': { kind: 'list', parameters: () => ({ returnAll: true, filters: { status: 'all' }, simplify: false }), path: '/job/' },
		'company.getAll': { kind: 'list', parameters: () => ({ returnAll: true }), path: '/company/' },
		'campaign.getAll': { kind: 'list', parameters: () => ({ returnAll: true, status: 'all' }), path: '/campaign/' },
		'campaign.getCostData': { kind: 'list', parameters: () => ({ returnAll: true }), path: '/campaign/cost_data/' },
		'product.getAll': { kind: 'list', parameters: () => ({ returnAll: true }), path: '/product/' },
		'company.create': { kind: 'write', endpoint: 'companyCreate', parameters: (suffix) => validCompany(`matrix-${suffix}`) },
		// A new natural key: the upsert looks it up, then creates.
		'company.upsert': { kind: 'write', endpoint: 'companyCreate', parameters: (suffix) => validCompany(`upsert-${suffix}`) },
		'company.update': { kind: 'write', endpoint: 'companyUpdate', parameters: (suffix) => ({ companyId: 2, ...validCompany(`update-${suffix}`) }) },
		'company.uploadLogo': { kind: 'write', endpoint: 'companyLogo', parameters: () => ({ companyId: 1, binaryPropertyName: 'data' }), input: () => file(PNG, 'logo.png', 'image/png') },
		'job.create': { kind: 'write', endpoint: 'jobCreate', parameters: (suffix) => job(`create-${suffix}`) },
		'job.upsert': { kind: 'write', endpoint: 'jobCreate', parameters: (suffix) => job(`upsert-${suffix}`) },
		'job.update': { kind: 'write', endpoint: 'jobUpdate', parameters: (suffix) => ({ jobId: 3, ...job(`update-${suffix}`) }) },
		'job.expire': { kind: 'write', endpoint: 'jobExpire', parameters: () => ({ jobId: 4 }) },
		'job.unexpire': { kind: 'write', endpoint: 'jobUnexpire', parameters: () => ({ jobId: 4 }) },
		'job.addProducts': { kind: 'write', endpoint: 'jobProductsAdd', parameters: () => ({ jobId: 1, products: ['college'], campaignId: 1 }) },
		'job.removeProducts': { kind: 'write', endpoint: 'jobProductsRemove', parameters: () => ({ jobId: 1, products: ['college'], campaignId: 1 }) },
		'campaign.create': { kind: 'write', endpoint: 'campaignCreate', parameters: (suffix) => ({ companyId: 1, name: `Matrix ${suffix}`, budget: 15.5, additionalFields: { aggressiveness: 30 } }) },
		'campaign.update': { kind: 'write', endpoint: 'campaignUpdate', parameters: (suffix) => ({ campaignId: 1, companyId: 1, name: `Matrix ${suffix}`, additionalFields: { addBudget: 10.25 } }) },
		'applicationEvent.send': { kind: 'write', endpoint: 'applicationEventSend', parameters: (suffix) => ({ ...applicant(suffix), attachResume: true, binaryPropertyName: 'data' }), input: () => file(PDF, 'cv.pdf', 'application/pdf') },
		'privacy.requestPurge': { kind: 'write', endpoint: 'ccpaPurge', parameters: (suffix) => ({ email: `purge.${suffix}@example.com` }) },
		'resumeMatch.submitMatch': { kind: 'write', endpoint: 'matchSubmit', parameters: (suffix) => ({ resumeData, jobText: `Nursing role ${suffix}` }) },
		'resumeMatch.submitExperienceMatch': { kind: 'write', endpoint: 'experienceMatchSubmit', parameters: (suffix) => ({ resumeData, jobText: `Nurse needed ${suffix}`, jobTitle: 'Nurse' }) },
		'job.get': { kind: 'read', endpoint: 'jobGet', parameters: () => ({ jobId: 1 }) },
		'company.get': { kind: 'read', endpoint: 'companyGet', parameters: () => ({ companyId: 1 }) },
		'campaign.get': { kind: 'read', endpoint: 'campaignGet', parameters: () => ({ campaignId: 1 }) },
		'campaign.estimate': { kind: 'read', endpoint: 'campaignEstimate', parameters: () => ({ budget: 20, jobTitle: 'Nurse', jobDescription: 'Registered nurse for a busy ward.', location: { jobZipCode: '94111' } }) },
		'privacy.get': { kind: 'read', endpoint: 'ccpaGet', parameters: () => ({ email: 'ccpa@example.com' }) },
		'resumeMatch.get': { kind: 'read', endpoint: 'matchGet', parameters: (ids) => ({ key: ids.matchKey, simplify: false }) },
		'customApiCall.call': { kind: 'custom', listPath: '/company/', post: { path: '/company/', body: (suffix) => ({ partnerId: 1, ...validCompany(`custom-${suffix}`) }) } },
	},
	cegid: {
		'vacancy.getAll': { kind: 'list', parameters: () => ({ returnAll: true }), path: '/exports/v1/vacancies' },
		'candidate.getAll': { kind: 'list', parameters: () => ({ returnAll: true }), path: '/exports/v1/candidates' },
		'referential.getAll': { kind: 'list', parameters: () => ({ category: 'countries', returnAll: true }), path: '/referentials/countries' },
		'webhook.getAll': { kind: 'list', parameters: () => ({ returnAll: true }), path: '/system/v1/webhooks' },
		'referential.getTranslations': { kind: 'read', endpoint: 'referentialTranslations', parameters: (ids) => ({ category: 'countries', itemId: ids.countryCode }) },
		'report.submit': { kind: 'write', endpoint: 'reportSubmit', parameters: (suffix) => ({ reportType: 'vacancies', id: `REF-${suffix}`, date: '2024-05-01T10:00:00Z', lastUpdateDate: '2024-05-01T10:00:00Z', status: 'success' }) },
		'webhook.create': { kind: 'write', endpoint: 'webhookCreate', parameters: (suffix) => ({ event: 'vacancy_new', callbackUrl: `https://example.com/cegid/${suffix}`, pingUrl: `https://example.com/ping/${suffix}` }) },
		'webhook.delete': { kind: 'write', endpoint: 'webhookDelete', parameters: (_suffix, ids) => ({ hookId: ids.hookId }) },
		'customApiCall.call': { kind: 'custom', listPath: '/api/v1/referentials/countries', post: { path: '/api/exports/v1/reports', body: (suffix) => ({ reportType: 'vacancies', items: [{ id: `CUSTOM-${suffix}`, date: '2024-05-01T10:00:00Z', lastUpdateDate: '2024-05-01T10:00:00Z', status: 'success' }] }) } },
	},
	jobtrain: {
		'setting.getAll': { kind: 'list', parameters: () => ({ setting: 'division', returnAll: true }), path: '/settings/divisions' },
		// The setup adds 120 applications to one job within the last 24 hours: both lists span two pages.
		// The list cells run in this order.
		'export.getChanges': { kind: 'list', parameters: () => ({ returnAll: true }), path: '/export/applications' },
		'candidate.getManyForJob': { kind: 'list', parameters: (ids) => ({ jobId: ids.openJobId, returnAll: true }), path: '/candidates' },
		// After the application lists: deleting jobs ahead of a reader leaves their applications without a job.
		'job.getAll': { kind: 'list', parameters: () => ({ returnAll: true }), path: '/jobs' },
		'candidate.createAndApply': {
			kind: 'write',
			endpoint: 'candidateApply',
			parameters: (suffix, ids) => ({ jobId: ids.openJobId, cvBinaryPropertyName: 'data', firstName: 'Ada', surname: `Lovelace-${suffix}`, email: `ada.${suffix}@example.co.uk`, postcode: 'M1 1AE' }),
			input: () => file(PDF, 'cv.pdf', 'application/pdf'),
		},
		'setting.create': { kind: 'write', endpoint: 'divisionCreate', parameters: (suffix) => ({ setting: 'division', name: `Matrix ${suffix}` }) },
		'job.get': { kind: 'read', endpoint: 'jobGet', parameters: (ids) => ({ jobId: ids.openJobId }) },
		'candidate.getApplication': { kind: 'read', endpoint: 'applicationDetail', parameters: (ids) => ({ jobId: ids.openJobId, candidateId: ids.candidateId }) },
		'candidate.getApplicationStatus': { kind: 'read', endpoint: 'applicationStatus', parameters: (ids) => ({ jobId: ids.openJobId, candidateId: ids.candidateId }) },
		'customApiCall.call': { kind: 'custom', listPath: '/settings/regions', post: { path: '/settings/divisions', body: (suffix) => ({ name: `Custom ${suffix}` }) } },
	},
	nhsjob: {
		'job.search': { kind: 'list', parameters: () => ({ returnAll: true, simplify: false }), path: '/v1/jobs' },
		'job.get': { kind: 'read', endpoint: 'jobGet', parameters: (ids) => ({ jobId: ids.openJobId }) },
		'application.submit': { kind: 'write', endpoint: 'applicationSubmit', parameters: (suffix, ids) => ({ authentication: 'oAuth2', jobId: ids.openJobId, candidateId: candidateFor(suffix), resumeUrl: `https://cv.example.org/${suffix}.pdf` }) },
		'customApiCall.call': { kind: 'custom', listPath: '/jobs', post: { path: '/applications', body: (suffix, ids) => ({ job_id: ids.openJobId, candidate_id: 'cand_50010', resume_url: `https://cv.example.org/custom-${suffix}.pdf` }) } },
	},
};
