import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties, JsonObject } from 'n8n-workflow';

import { showOnlyFor } from '../../../shared/displayOptions';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { labelsOf, validateInput } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { companySchema } from '../../schemas';
import { upsertByNaturalKey, type NaturalKeySpec } from '../../transport/naturalKeyIndex';
import { companyBodyProperties, readCompanyBody } from './companyFields';

export const description: INodeProperties[] = showOnlyFor({ resource: ['company'], operation: ['upsert'] }, companyBodyProperties);

/** Companies by the partner's own identifier (Jobcase offers no lookup by it). */
const companiesByPartnerCompanyId: NaturalKeySpec = {
	memoKey: 'jobcase.companyIdByPartnerCompanyId',
	endpoint: 'companyList',
	keyOf: (company) => String(company.partnerCompanyId),
	// Jobcase refuses a duplicate Partner Company ID (400), so a new key needs no read of the company list first.
	refusesDuplicates: true,
};

function isDuplicatePartnerCompanyId(error: unknown): boolean {
	const failure = error as { httpCode?: string; message?: string };
	return failure.httpCode === '400' && /partnerCompanyId/i.test(failure.message ?? '');
}

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const input = readCompanyBody(this, itemIndex, await client.setting('partnerId'));
	const body = validateInput(this.getNode(), companySchema, input, itemIndex, labelsOf(companyBodyProperties));
	const key = companiesByPartnerCompanyId.keyOf(body);
	const node = this.getNode();
	return await upsertByNaturalKey(this, client, companiesByPartnerCompanyId, key, itemIndex, {
		update: async (companyId) => await client.request<IDataObject>('companyUpdate', { pathParams: { companyId }, body, itemIndex }),
		create: async () => await client.request<IDataObject>('companyCreate', { body, itemIndex }),
		// Created elsewhere (e.g. another process) since the index was read: look again and update instead.
		// NodeApiError hands back the same error instance when given one.
		recover: async (error, refreshed) => {
			if (!isDuplicatePartnerCompanyId(error)) throw new NodeApiError(node, error as JsonObject);
			const refreshedId = (await refreshed()).get(key);
			if (refreshedId === undefined) throw new NodeApiError(node, error as JsonObject);
			return refreshedId;
		},
	});
}
