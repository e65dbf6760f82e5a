import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/operation';
import { readPositiveId } from '../../shared/validate';
import type { JobcaseEndpoint } from '../jobcase.api';

/** Get by ID is the same for every resource: read the ID, fetch the record. */
export function getById(spec: {
	record: string;
	idProperty: INodeProperties;
	endpoint: JobcaseEndpoint;
}): OperationDefinition<JobcaseEndpoint> {
	const { idProperty } = spec;
	return {
		value: 'get',
		name: 'Get',
		action: `Get a ${spec.record}`,
		description: `Retrieve a ${spec.record} by its Jobcase ID`,
		properties: [idProperty],
		async execute(itemIndex, client) {
			const id = readPositiveId(this, itemIndex, idProperty.name, idProperty.displayName);
			return await client.request<IDataObject>(spec.endpoint, { pathParams: { [idProperty.name]: id }, itemIndex });
		},
	};
}
