import { getNodeDescription } from '../harness';

describe('Cegid nodes as n8n shows them', () => {
	it('the action node is usable as an AI tool, needs the Cegid credential and offers every resource with action labels', async () => {
		const description = await getNodeDescription('cegidRecruiting');
		expect(description.usableAsTool).toBe(true);
		expect(description.credentials).toEqual([{ name: 'cegidRecruitingApi', required: true }]);
		const resources = (description.properties.find((property) => property.name === 'resource')?.options ?? []) as Array<{ value: string }>;
		expect(resources.map((resource) => resource.value).sort()).toEqual(['candidate', 'customApiCall', 'referential', 'report', 'vacancy', 'webhook']);
		for (const { value: resource } of resources) {
			const selector = description.properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.[0] === resource);
			const operations = (selector?.options ?? []) as Array<{ action?: string }>;
			expect(operations.length).toBeGreaterThan(0);
			for (const operation of operations) expect(operation.action).toBeTruthy();
		}
	});

	it('the trigger has no input, is not a tool, and serves an events URL and a ping URL', async () => {
		const description = await getNodeDescription('cegidRecruitingTrigger');
		expect(description.name).toMatch(/Trigger$/);
		expect(description.inputs).toEqual([]);
		expect(description.usableAsTool).toBeUndefined();
		expect(description.webhooks?.map((webhook) => [webhook.name, webhook.httpMethod, webhook.path])).toEqual([
			['default', 'POST', 'events'],
			['setup', 'POST', 'ping'],
			['setup', 'GET', 'ping'],
		]);
		const events = description.properties.find((property) => property.name === 'events');
		expect(((events?.options ?? []) as Array<{ value: string }>).map((option) => option.value).sort()).toEqual(
			['applicant_new', 'applicant_resume_update', 'applicant_update', 'application_event_new', 'vacancy_deleted', 'vacancy_new', 'vacancy_status', 'vacancy_update'],
		);
	});
});
