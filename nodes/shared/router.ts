import type { IExecuteFunctions } from 'n8n-workflow';

import type { OperationOutput } from './operation';
import type { ApiClient } from './transport/apiClient';

/**
 * What an `actions/<resource>/<value>.operation.ts` file exports besides its `description`: the code that runs the
 * operation for one input item.
 */
export interface OperationModule<EndpointName extends string = string> {
	execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<EndpointName>): Promise<OperationOutput>;
}

/** Resource value → operation value → the operation's module, as the node's `actions/` folder lays them out. */
export type NodeRouter<EndpointName extends string = string> = Record<
	string,
	Record<string, OperationModule<EndpointName>>
>;

/** The operation a node parameter pair names; own keys only, so "constructor" or "__proto__" never resolve. */
export function routeOperation<EndpointName extends string>(
	router: NodeRouter<EndpointName>,
	resource: string,
	operation: string,
): OperationModule<EndpointName> | undefined {
	if (!Object.prototype.hasOwnProperty.call(router, resource)) return undefined;
	const operations = router[resource];
	if (!Object.prototype.hasOwnProperty.call(operations, operation)) return undefined;
	const operationModule = operations[operation];
	return typeof operationModule?.execute === 'function' ? operationModule : undefined;
}
