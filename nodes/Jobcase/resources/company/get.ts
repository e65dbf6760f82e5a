import { getById } from '../getById';
import { companyIdProperty } from './companyIdProperty';

export const getCompany = getById({ record: 'company', idProperty: companyIdProperty, endpoint: 'companyGet' });
