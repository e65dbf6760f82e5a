import { jobIdProperty } from '../../fields/jobFields';
import { getById } from '../getById';

export const getJob = getById({ record: 'job', idProperty: jobIdProperty, endpoint: 'jobGet' });
