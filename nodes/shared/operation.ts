import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { ApiClient } from './transport/apiClient';

/** What an operation may return for one input item. */
export type OperationOutput = IDataObject | IDataObject[] | INodeExecutionData[];

/** One operation of one resource: what the user sees and what it does, in one file. */
export interface OperationDefinition<EndpointName extends string = string> {
	value: string;
	name: string;
	action: string;
	description: string;
	/** Shown only for this resource and operation; display options are added by `buildProperties`. */
	properties: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<EndpointName>): Promise<OperationOutput>;
}

export interface ResourceDefinition<EndpointName extends string = string> {
	value: string;
	name: string;
	description?: string;
	operations: Array<OperationDefinition<EndpointName>>;
	defaultOperation?: string;
}
