import type { INodeProperties } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import { properties } from './addProducts.operation';

/**
 * The retired "Set Products" operation. It sent the same request as Add Products (POST to the products call), so
 * workflows saved with it keep running as Add Products. It is not offered in the Operation selector (index.ts);
 * its fields show only on a node that still has it selected.
 */
export const description: INodeProperties[] = showOnlyFor({ resource: ['job'], operation: ['setProducts'] }, properties);

export { execute } from './addProducts.operation';
