import type { INodeProperties } from 'n8n-workflow';

import type { OperationDefinition, ResourceDefinition } from './operation';
import type { NodeRouter } from './router';

/**
 * Assembles a node's properties from its resources: the Resource selector, one Operation selector
 * per resource, then each operation's own fields shown only for that resource and operation.
 */
export function buildProperties(resources: ResourceDefinition[], defaultResource: string): INodeProperties[] {
	const resourceSelector: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources.map((resource) => ({
			name: resource.name,
			value: resource.value,
			description: resource.description,
		})),
		default: defaultResource,
	};
	const operationSelectors = resources.map((resource) => operationSelector(resource));
	const fields = resources.flatMap((resource) =>
		resource.operations.flatMap((operation) => scoped(operation.properties, resource.value, operation.value)),
	);
	return [resourceSelector, ...operationSelectors, ...fields];
}

function operationSelector(resource: ResourceDefinition): INodeProperties {
	const defaultOperation = resource.defaultOperation ?? resource.operations[0].value;
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options: resource.operations.map((operation) => ({
			name: operation.name,
			value: operation.value,
			action: operation.action,
			description: operation.description,
		})),
		default: defaultOperation,
	};
}

function scoped(properties: INodeProperties[], resource: string, operation: string): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...property.displayOptions?.show, resource: [resource], operation: [operation] },
		},
	}));
}

/** The router of a node still laid out as resource definitions (until every provider has an `actions/` folder). */
export function toRouter<EndpointName extends string>(
	resources: Array<{ value: string; operations: Array<OperationDefinition<EndpointName>> }>,
): NodeRouter<EndpointName> {
	const router: NodeRouter<EndpointName> = {};
	for (const resource of resources) {
		router[resource.value] = {};
		for (const operation of resource.operations) router[resource.value][operation.value] = operation;
	}
	return router;
}
