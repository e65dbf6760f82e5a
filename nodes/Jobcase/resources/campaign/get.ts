import { getById } from '../getById';
import { campaignIdProperty } from './campaignFields';

export const getCampaign = getById({ record: 'campaign', idProperty: campaignIdProperty, endpoint: 'campaignGet' });
