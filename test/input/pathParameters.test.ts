import type { INodeExecutionData } from 'n8n-workflow';

import { cegidEndpoints } from '../../nodes/Cegid/cegid.api';
import { jobcaseEndpoints } from '../../nodes/Jobcase/jobcase.api';
import { jobtrainEndpoints } from '../../nodes/Jobtrain/jobtrain.api';
import { nhsJobEndpoints } from '../../nodes/NHSJob/nhsjob.api';
import { fillPath, PATH_PARAMETER_LABELS, PathParameterError, pathParameters } from '../../nodes/shared/transport/path';
import type { SandboxControl } from '../../sandbox/client';
import { startCegid } from '../cegid/fixture';
import type { RunNodeResult } from '../harness';
import { startJobcase, validCompany } from '../jobcase/fixture';
import { startJobtrain } from '../jobtrain/fixture';
import { startNhsJob } from '../nhsjob/fixture';

/** Values that must never reach a path: each one is the whole ID a user (or an expression) supplies. */
const HOSTILE = ['..', '.', '%2e%2e', '%2E%2E', '%252e%252e', 'a/../..', '\\..', '..\\', 'a%2f..%2f..', ' .. ', '', '   '];

type Provider = 'jobcase' | 'jobtrain' | 'cegid' | 'nhsjob';

const tables: Record<Provider, Record<string, { path: string }>> = {
	jobcase: jobcaseEndpoints,
	jobtrain: jobtrainEndpoints,
	cegid: cegidEndpoints,
	nhsjob: nhsJobEndpoints,
};

/** How a user fills each path parameter: the operation, the field (its UI label) and the other fields it needs. */
interface Case {
	provider: Provider;
	endpoint: string;
	parameter: string;
	label: string;
	parameters: Record<string, unknown>;
}

const applicant = {
	firstName: 'Ada',
	lastName: 'Lovelace',
	email: 'ada@example.com',
	phoneNumber: '+1 555 0100',
	userIp: '203.0.113.7',
};

const HOSTILE_VALUE = '={{ $json.v }}';

const job = {
	companyId: 1,
	adNumber: 'ad-1',
	jobTitle: 'Rodeo Clown',
	jobDescription: 'A rodeo clown has many on-site duties. '.repeat(5),
	jobCity: 'San Francisco',
	jobState: 'CA',
	jobZipCode: '94111',
};

const cases: Case[] = [
	// Jobcase
	{ provider: 'jobcase', endpoint: 'companyGet', parameter: 'companyId', label: 'Company ID', parameters: { resource: 'company', operation: 'get', companyId: HOSTILE_VALUE } },
	{ provider: 'jobcase', endpoint: 'companyUpdate', parameter: 'companyId', label: 'Company ID', parameters: { resource: 'company', operation: 'update', companyId: HOSTILE_VALUE, ...validCompany(1) } },
	{ provider: 'jobcase', endpoint: 'companyLogo', parameter: 'companyId', label: 'Company ID', parameters: { resource: 'company', operation: 'uploadLogo', companyId: HOSTILE_VALUE } },
	{ provider: 'jobcase', endpoint: 'jobGet', parameter: 'jobId', label: 'Job ID', parameters: { resource: 'job', operation: 'get', jobId: HOSTILE_VALUE } },
	{ provider: 'jobcase', endpoint: 'jobUpdate', parameter: 'jobId', label: 'Job ID', parameters: { resource: 'job', operation: 'update', jobId: HOSTILE_VALUE, ...job } },
	{ provider: 'jobcase', endpoint: 'jobProductsAdd', parameter: 'jobId', label: 'Job ID', parameters: { resource: 'job', operation: 'addProducts', jobId: HOSTILE_VALUE, products: ['college'] } },
	{ provider: 'jobcase', endpoint: 'jobProductsRemove', parameter: 'jobId', label: 'Job ID', parameters: { resource: 'job', operation: 'removeProducts', jobId: HOSTILE_VALUE, products: ['college'] } },
	{ provider: 'jobcase', endpoint: 'jobExpire', parameter: 'jobId', label: 'Job ID', parameters: { resource: 'job', operation: 'expire', jobId: HOSTILE_VALUE } },
	{ provider: 'jobcase', endpoint: 'jobUnexpire', parameter: 'jobId', label: 'Job ID', parameters: { resource: 'job', operation: 'unexpire', jobId: HOSTILE_VALUE } },
	{ provider: 'jobcase', endpoint: 'campaignGet', parameter: 'campaignId', label: 'Campaign ID', parameters: { resource: 'campaign', operation: 'get', campaignId: HOSTILE_VALUE } },
	{ provider: 'jobcase', endpoint: 'campaignUpdate', parameter: 'campaignId', label: 'Campaign ID', parameters: { resource: 'campaign', operation: 'update', campaignId: HOSTILE_VALUE, companyId: 1, name: 'Spring' } },
	{
		provider: 'jobcase',
		endpoint: 'applicationEventSend',
		parameter: 'jobSourceId',
		label: 'Job Source ID',
		parameters: { resource: 'applicationEvent', operation: 'send', jobSourceId: HOSTILE_VALUE, ...applicant },
	},
	{ provider: 'jobcase', endpoint: 'matchGet', parameter: 'key', label: 'Match Key', parameters: { resource: 'resumeMatch', operation: 'get', key: HOSTILE_VALUE } },
	// Jobtrain
	{ provider: 'jobtrain', endpoint: 'jobGet', parameter: 'jobId', label: 'Job', parameters: { resource: 'job', operation: 'get', jobId: HOSTILE_VALUE } },
	{ provider: 'jobtrain', endpoint: 'jobCandidates', parameter: 'jobId', label: 'Job', parameters: { resource: 'candidate', operation: 'getManyForJob', jobId: HOSTILE_VALUE } },
	{ provider: 'jobtrain', endpoint: 'applicationDetail', parameter: 'jobId', label: 'Job', parameters: { resource: 'candidate', operation: 'getApplication', jobId: HOSTILE_VALUE, candidateId: '7' } },
	{ provider: 'jobtrain', endpoint: 'applicationDetail', parameter: 'candidateId', label: 'Candidate', parameters: { resource: 'candidate', operation: 'getApplication', jobId: '1', candidateId: HOSTILE_VALUE } },
	{ provider: 'jobtrain', endpoint: 'applicationStatus', parameter: 'jobId', label: 'Job', parameters: { resource: 'candidate', operation: 'getApplicationStatus', jobId: HOSTILE_VALUE, candidateId: '7' } },
	{ provider: 'jobtrain', endpoint: 'applicationStatus', parameter: 'candidateId', label: 'Candidate', parameters: { resource: 'candidate', operation: 'getApplicationStatus', jobId: '1', candidateId: HOSTILE_VALUE } },
	{
		provider: 'jobtrain',
		endpoint: 'candidateApply',
		parameter: 'jobId',
		label: 'Job',
		parameters: { resource: 'candidate', operation: 'createAndApply', jobId: HOSTILE_VALUE, firstName: 'Ada', surname: 'Lovelace', email: 'ada@example.com' },
	},
	// Cegid
	{ provider: 'cegid', endpoint: 'referentialList', parameter: 'category', label: 'Category Name', parameters: { resource: 'referential', operation: 'getAll', category: '__custom', customCategory: HOSTILE_VALUE } },
	{
		provider: 'cegid',
		endpoint: 'referentialTranslations',
		parameter: 'category',
		label: 'Category Name',
		parameters: { resource: 'referential', operation: 'getTranslations', category: '__custom', customCategory: HOSTILE_VALUE, itemId: '280' },
	},
	{
		provider: 'cegid',
		endpoint: 'referentialTranslations',
		parameter: 'itemId',
		label: 'Item ID',
		parameters: { resource: 'referential', operation: 'getTranslations', category: 'countries', itemId: HOSTILE_VALUE },
	},
	{
		provider: 'cegid',
		endpoint: 'referentialTranslation',
		parameter: 'languageCode',
		label: 'Language Code',
		parameters: { resource: 'referential', operation: 'getTranslations', category: 'countries', itemId: '280', languageCode: HOSTILE_VALUE },
	},
	{
		provider: 'cegid',
		endpoint: 'referentialTranslation',
		parameter: 'category',
		label: 'Category Name',
		parameters: { resource: 'referential', operation: 'getTranslations', category: '__custom', customCategory: HOSTILE_VALUE, itemId: '280', languageCode: 'fr-FR' },
	},
	{
		provider: 'cegid',
		endpoint: 'referentialTranslation',
		parameter: 'itemId',
		label: 'Item ID',
		parameters: { resource: 'referential', operation: 'getTranslations', category: 'countries', itemId: HOSTILE_VALUE, languageCode: 'fr-FR' },
	},
	{ provider: 'cegid', endpoint: 'webhookDelete', parameter: 'hookId', label: 'Hook ID', parameters: { resource: 'webhook', operation: 'delete', hookId: HOSTILE_VALUE } },
	// NHSJob
	{ provider: 'nhsjob', endpoint: 'jobGet', parameter: 'jobId', label: 'Job', parameters: { resource: 'job', operation: 'get', jobId: HOSTILE_VALUE } },
];

/**
 * Path parameters no user types: the IDs come from the provider's own answers (Jobtrain's change export
 * names the files to fetch). They go through the same fillPath, tested below for every template.
 */
const FILLED_FROM_RESPONSES = new Set(['jobtrain.applicationCv', 'jobtrain.applicationCoverLetter']);

/** Optional parameters that a hostile value must not fill (e.g. Language Code: empty means "all"). */
const OPTIONAL_WHEN_EMPTY = new Set(['cegid.referentialTranslation.languageCode']);

const everyPathParameter = (Object.keys(tables) as Provider[]).flatMap((provider) =>
	Object.entries(tables[provider]).flatMap(([endpoint, { path }]) => pathParameters(path).map((parameter) => ({ provider, endpoint, parameter, path }))),
);

describe('every path parameter of every provider', () => {
	it('is filled by an operation in the table below, or comes from the provider’s answers', () => {
		const covered = new Set(cases.map((entry) => `${entry.provider}.${entry.endpoint}.${entry.parameter}`));
		const missing = everyPathParameter
			.filter(({ provider, endpoint, parameter }) => !covered.has(`${provider}.${endpoint}.${parameter}`) && !FILLED_FROM_RESPONSES.has(`${provider}.${endpoint}`))
			.map(({ provider, endpoint, parameter }) => `${provider}.${endpoint}.${parameter}`);
		expect(missing).toEqual([]);
		expect(everyPathParameter.length).toBeGreaterThanOrEqual(20);
	});

	it('has a UI label for its errors', () => {
		const unlabelled = [...new Set(everyPathParameter.map(({ parameter }) => parameter))].filter((parameter) => !PATH_PARAMETER_LABELS[parameter]);
		expect(unlabelled).toEqual([]);
	});

	it.each(everyPathParameter.map((entry) => [`${entry.provider}.${entry.endpoint} {${entry.parameter}}`, entry] as const))(
		'%s refuses every hostile value in fillPath itself',
		(_, { path, parameter }) => {
			const fine = Object.fromEntries(pathParameters(path).map((name) => [name, 'abc-123']));
			for (const value of HOSTILE) {
				expect(() => fillPath(path, { ...fine, [parameter]: value }, 3)).toThrow(PathParameterError);
				expect(() => fillPath(path, { ...fine, [parameter]: value }, 3)).toThrow(`in item 3`);
			}
			expect(fillPath(path, { ...fine, [parameter]: 'a/b c?d#e' })).toContain('a%2Fb%20c%3Fd%23e');
			expect(fillPath(path, { ...fine, [parameter]: ' 42 ' })).toContain('/42');
		},
	);
});

const fixtures: Record<Provider, () => Promise<{ control: SandboxControl; run(parameters: Record<string, unknown>, options: { inputItems: INodeExecutionData[]; continueOnFail: boolean }): Promise<RunNodeResult>; close(): Promise<void> }>> = {
	jobcase: async () => await startJobcase(),
	jobtrain: async () => await startJobtrain({ jobs: 1, applications: 1 }),
	cegid: async () => await startCegid(),
	nhsjob: async () => {
		const fixture = await startNhsJob();
		return { control: fixture.control, run: async (parameters, options) => await fixture.run(parameters, options), close: fixture.close };
	},
};

describe.each(Object.keys(fixtures) as Provider[])('%s: hostile IDs in operations', (provider) => {
	let fixture: Awaited<ReturnType<(typeof fixtures)[Provider]>>;
	beforeAll(async () => {
		fixture = await fixtures[provider]();
	});
	afterAll(async () => await fixture.close());

	const providerCases = cases.filter((entry) => entry.provider === provider);
	it.each(providerCases.map((entry) => [`${entry.endpoint} via ${String(entry.parameters.resource)}/${String(entry.parameters.operation)} (${entry.label})`, entry] as const))(
		'%s: each hostile value is an input error naming the field and item; nothing is sent',
		async (_, entry) => {
			await fixture.control.clearRequests();
			const values = HOSTILE.filter((value) => !(OPTIONAL_WHEN_EMPTY.has(`${entry.provider}.${entry.endpoint}.${entry.parameter}`) && value.trim() === ''));
			const result = await fixture.run(entry.parameters, { inputItems: values.map((v) => ({ json: { v } })), continueOnFail: true });
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(values.length);
			result.items.forEach((item, index) => {
				const message = String(item.json.error);
				expect(message).toContain(`"${entry.label}"`);
				expect(message).toMatch(new RegExp(`in item ${index}\\b`));
			});
			expect(await fixture.control.requests()).toEqual([]);
		},
	);
});
