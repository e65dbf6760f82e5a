import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, JsonObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import { labelsOf, validateInput } from '../../../shared/validate';
import { companyBodyProperties, readCompanyBody } from '../../fields/companyFields';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { companySchema } from '../../schemas';
import { upsertByNaturalKey, type NaturalKeySpec } from '../naturalKeyIndex';

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

export const createOrUpdateCompany: OperationDefinition<JobcaseEndpoint> = {
	value: 'upsert',
	name: 'Create or Update',
	action: 'Create or update a company',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	properties: companyBodyProperties,
	async execute(itemIndex, client) {
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
	},
};
