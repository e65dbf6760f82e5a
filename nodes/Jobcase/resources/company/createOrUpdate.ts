import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, JsonObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import { collectOffsetPages } from '../../../shared/transport/paginate';
import { labelsOf, validateInput } from '../../../shared/validate';
import { companyBodyProperties, readCompanyBody } from '../../fields/companyFields';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { companySchema } from '../../schemas';
import { listPage } from '../listPage';

const INDEX_KEY = 'jobcase.companyIdByPartnerCompanyId';

type CompanyIndex = Map<string, number>;

/**
 * Jobcase offers no lookup by partnerCompanyId, so the first item of an execution lists the
 * companies once and later items reuse that index (updated as companies are created).
 */
async function companyIndex(client: ApiClient<JobcaseEndpoint>, itemIndex: number, refresh = false): Promise<CompanyIndex> {
	const cached = client.memo.get(INDEX_KEY) as CompanyIndex | undefined;
	if (cached && !refresh) return cached;
	const companies = await collectOffsetPages<IDataObject>((page) => listPage(client, 'companyList', page, {}, itemIndex), {
		returnAll: true,
		maxPageSize: client.provider.maxPageSize,
	});
	const index: CompanyIndex = new Map(companies.map((company) => [String(company.partnerCompanyId), Number(company.id)]));
	client.memo.set(INDEX_KEY, index);
	return index;
}

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
		const update = async (companyId: number) =>
			await client.request<IDataObject>('companyUpdate', { pathParams: { companyId }, body, itemIndex });

		const index = await companyIndex(client, itemIndex);
		const existingId = index.get(body.partnerCompanyId);
		if (existingId !== undefined) return await update(existingId);

		try {
			const created = await client.request<IDataObject>('companyCreate', { body, itemIndex });
			index.set(body.partnerCompanyId, Number(created.id));
			return created;
		} catch (error) {
			// Someone created it since the index was read: look again and update instead.
			// NodeApiError hands back the same error instance when given one.
			if (!isDuplicatePartnerCompanyId(error)) throw new NodeApiError(this.getNode(), error as JsonObject);
			const refreshedId = (await companyIndex(client, itemIndex, true)).get(body.partnerCompanyId);
			if (refreshedId === undefined) throw new NodeApiError(this.getNode(), error as JsonObject);
			return await update(refreshedId);
		}
	},
};
