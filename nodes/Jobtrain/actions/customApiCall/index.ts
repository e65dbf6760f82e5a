import type { INodeProperties } from 'n8n-workflow';

import { customApiCallOperationSelector } from '../../../shared/customApiCall';
import * as call from './call.operation';

export const description: INodeProperties[] = [customApiCallOperationSelector, ...call.description];

export const operations = { call };
