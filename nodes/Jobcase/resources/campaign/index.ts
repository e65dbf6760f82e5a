import type { ResourceDefinition } from '../../../shared/operation';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { createCampaign } from './create';
import { estimateCandidates } from './estimateCandidates';
import { getCampaign } from './get';
import { getCampaignCostData } from './getCostData';
import { getManyCampaigns } from './getMany';
import { updateCampaign } from './update';

export const campaignResource: ResourceDefinition<JobcaseEndpoint> = {
	value: 'campaign',
	name: 'Campaign',
	operations: [createCampaign, estimateCandidates, getCampaign, getCampaignCostData, getManyCampaigns, updateCampaign],
	defaultOperation: 'create',
};
