import { HttpError } from '../../core/httpError';
import { json } from '../../core/reply';
import type { SandboxRequest } from '../../core/request';
import type { JobcaseContext } from '../context';
import type { FieldErrors } from '../drf/errorTree';
import { booleanField, charField, dateTimeField, integerField, listField } from '../drf/fields';
import { paginate, readPage } from '../drf/paging';
import { readRequestData } from '../drf/requestData';
import { notFound } from '../drf/responses';
import { requireValid, validateData } from '../drf/serializer';
import type { CampaignRecord } from '../records';
import { companyMustExist, missingObjectMessage } from '../relations';
import { representCampaign, roundCents } from '../represent';
import type { JobcaseStore } from '../store';
import { aggressivenessField, moneyField } from './campaignFields';
import type { EndpointHandlers } from './endpointHandlers';

const MAX_CAMPAIGN_JOBS = 500;

const campaignJobsField = () => listField(integerField(), { maxLength: MAX_CAMPAIGN_JOBS });

const createSchema = {
	companyId: integerField(),
	name: charField({ maxLength: 255 }),
	aggressiveness: aggressivenessField().withDefault(() => 20),
	endDate: dateTimeField().optional().nullable(),
	isPaused: booleanField().withDefault(() => false),
	budget: moneyField(15),
	jobs: campaignJobsField().withDefault(() => []),
};

/** On update, optional fields that are left out keep their current value. */
const updateSchema = {
	companyId: integerField(),
	name: charField({ maxLength: 255 }),
	aggressiveness: aggressivenessField().optional(),
	endDate: dateTimeField().optional().nullable(),
	isPaused: booleanField().optional(),
	addBudget: moneyField(1).optional(),
	jobs: campaignJobsField().optional(),
};

const STATUS_FILTERS = {
	active: (campaign: CampaignRecord) => !campaign.isPaused,
	paused: (campaign: CampaignRecord) => campaign.isPaused,
	all: () => true,
} as const;

export function campaignHandlers(
	ctx: JobcaseContext,
): Pick<EndpointHandlers, 'createCampaign' | 'listCampaigns' | 'getCampaign' | 'updateCampaign'> {
	return {
		createCampaign: (req) => {
			const store = ctx.store();
			const input = requireValid(validateData(createSchema, readRequestData(req).data), (valid) =>
				relationErrors(store, valid.companyId, valid.jobs),
			);
			const campaign: CampaignRecord = {
				id: store.ids.campaign.next(),
				partnerId: ctx.config().partnerId,
				companyId: input.companyId,
				name: input.name,
				budget: input.budget,
				aggressiveness: input.aggressiveness,
				endDate: input.endDate?.iso ?? null,
				isPaused: input.isPaused,
				jobIds: [...new Set(input.jobs)],
			};
			store.campaigns.set(campaign.id, campaign);
			return json(201, representCampaign(store, campaign));
		},
		listCampaigns: (req) => {
			const status = req.query.get('status') ?? 'active';
			if (!Object.prototype.hasOwnProperty.call(STATUS_FILTERS, status)) {
				throw new HttpError(400, { status: [`Select a valid choice. ${status} is not one of the available choices.`] });
			}
			const page = readPage(req.query, ctx.config().maxPageSize, ctx.config().overMaxPageSize);
			const store = ctx.store();
			const campaigns = [...store.campaigns.values()].filter(STATUS_FILTERS[status as keyof typeof STATUS_FILTERS]);
			return json(200, paginate(campaigns, page, (campaign) => representCampaign(store, campaign)));
		},
		getCampaign: (req) => json(200, representCampaign(ctx.store(), findCampaign(ctx, req))),
		updateCampaign: (req) => {
			const campaign = findCampaign(ctx, req);
			const store = ctx.store();
			const input = requireValid(validateData(updateSchema, readRequestData(req).data), (valid) =>
				relationErrors(store, valid.companyId, valid.jobs),
			);
			campaign.companyId = input.companyId;
			campaign.name = input.name;
			if (input.aggressiveness !== undefined) campaign.aggressiveness = input.aggressiveness;
			if (input.endDate !== undefined) campaign.endDate = input.endDate?.iso ?? null;
			if (input.isPaused !== undefined) campaign.isPaused = input.isPaused;
			if (input.addBudget !== undefined) campaign.budget = roundCents(campaign.budget + input.addBudget);
			if (input.jobs !== undefined) campaign.jobIds = [...new Set(input.jobs)];
			return json(200, representCampaign(store, campaign));
		},
	};
}

function findCampaign(ctx: JobcaseContext, req: SandboxRequest): CampaignRecord {
	const campaign = ctx.store().campaigns.get(Number(req.params.campaignId));
	if (!campaign) throw notFound();
	return campaign;
}

/** DRF reports only the first unknown id of a many-relation. */
function relationErrors(store: JobcaseStore, companyId: number | undefined, jobIds: number[] | undefined): FieldErrors {
	const errors: FieldErrors = companyMustExist(store, companyId);
	const unknownJob = jobIds?.find((jobId) => !store.jobs.has(jobId));
	if (unknownJob !== undefined) errors.jobs = [missingObjectMessage(unknownJob)];
	return errors;
}
