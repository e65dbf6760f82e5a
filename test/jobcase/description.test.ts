import type { INodeProperties } from 'n8n-workflow';

import { getNodeDescription } from '../harness';

describe('Jobcase node as n8n shows it', () => {
	it('is usable as an AI tool and needs the Jobcase credential', async () => {
		const description = await getNodeDescription('jobcase');
		expect(description.usableAsTool).toBe(true);
		expect(description.credentials).toEqual([{ name: 'jobcaseApi', required: true }]);
	});

	it('offers every documented resource, each operation with an action label and only its own fields', async () => {
		const { properties } = await getNodeDescription('jobcase');
		const resources = (properties.find((property) => property.name === 'resource')?.options ?? []) as Array<{ value: string }>;
		expect(resources.map((resource) => resource.value).sort()).toEqual(
			['applicationEvent', 'campaign', 'company', 'customApiCall', 'job', 'privacy', 'product', 'resumeMatch'].sort(),
		);
		for (const { value: resource } of resources) {
			const selector = properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.[0] === resource);
			const operations = (selector?.options ?? []) as Array<{ value: string; action?: string }>;
			expect(operations.length).toBeGreaterThan(0);
			for (const operation of operations) expect(operation.action).toBeTruthy();
		}
		const fields = properties.filter((property: INodeProperties) => !['resource', 'operation', 'requestOptions'].includes(property.name));
		for (const field of fields) {
			expect(field.displayOptions?.show?.resource).toHaveLength(1);
			expect(field.displayOptions?.show?.operation).toHaveLength(1);
		}
	});

	it('offers Jobcase’s id mappings as dropdowns', async () => {
		const { properties } = await getNodeDescription('jobcase');
		const additional = properties.find((property) => property.name === 'additionalFields' && property.displayOptions?.show?.resource?.[0] === 'job');
		const options = (additional?.options ?? []) as INodeProperties[];
		const worktime = options.find((option) => option.name === 'worktimeId');
		expect(worktime?.options).toEqual(expect.arrayContaining([{ name: 'Part-Time', value: 4 }]));
		const category = options.find((option) => option.name === 'jobCategoryId');
		expect(category?.options).toHaveLength(65);
	});
});

describe('Jobcase IDs as resource locators', () => {
	const ID_PARAMETERS = ['jobId', 'companyId', 'campaignId'];

	it('offers every Job, Company and Campaign ID From List (searched in Jobcase) or By ID, under its old parameter name', async () => {
		const description = await getNodeDescription('jobcase');
		const { Jobcase } = await import('../../nodes/Jobcase/Jobcase.node');
		const searches = Object.keys(new Jobcase().methods.listSearch);
		const idFields = description.properties.flatMap((property) => [
			...(ID_PARAMETERS.includes(property.name) ? [property] : []),
			...((property.type === 'collection' ? property.options : []) as INodeProperties[]).filter((option) => ID_PARAMETERS.includes(option.name)),
		]);
		expect(idFields.length).toBeGreaterThanOrEqual(20);
		for (const field of idFields) {
			expect({ name: field.name, type: field.type }).toEqual({ name: field.name, type: 'resourceLocator' });
			expect(field.default).toEqual({ mode: 'list', value: '' });
			const modes = (field.modes ?? []).map((mode) => mode.name);
			expect(modes).toEqual(['list', 'id']);
			const list = field.modes?.find((mode) => mode.name === 'list');
			expect(searches).toContain(list?.typeOptions?.searchListMethod);
		}
		expect(searches.sort()).toEqual(['searchCampaigns', 'searchCompanies', 'searchJobs']);
	});

	it('does not offer the retired Set Products, and shows its fields only on a node saved with it', async () => {
		const { properties } = await getNodeDescription('jobcase');
		const selector = properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.[0] === 'job');
		expect(((selector?.options ?? []) as Array<{ value: string }>).map((option) => option.value)).not.toContain('setProducts');
		const fields = properties.filter((property) => property.displayOptions?.show?.operation?.includes('setProducts'));
		expect(fields.map((field) => field.name)).toEqual(['jobId', 'products', 'campaignId']);
		for (const field of fields) expect(field.displayOptions?.show).toEqual({ resource: ['job'], operation: ['setProducts'] });
	});
});
