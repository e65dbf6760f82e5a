import { isoDateProblem } from '../../nodes/shared/isoDate';
import { operationFields, PROVIDERS, startProvider, type ProviderFixture } from './providers';

/** Not dates, though JavaScript's Date.parse turns most of them into one. */
const BAD_DATES = ['2024-02-30', '1', '2023-02-29', '2024-13-01', '2024-04-31', '2024-01-05T24:00:00Z', '2024-01-05T10:61', 'tomorrow', '05/01/2030', '2024-1-5'];
const GOOD_DATES = ['2024-02-29', '2030-01-05T19:09:35Z', '2030-01-05T19:09:35.123+01:00', '2030-01-05T19:09', '2030-01-05 19:09:35', '2030-12-31T23:59:59-0500'];

/** Every date field of every operation: n8n date pickers, and text fields documented as ISO 8601 dates. */
const dateFields = operationFields((field) => field.type === 'dateTime' || /ISO 8601/.test(field.description ?? ''));

describe('the shared ISO 8601 check', () => {
	it.each(BAD_DATES)('refuses %s', (value) => expect(isoDateProblem(value)).toEqual(expect.any(String)));
	it.each(GOOD_DATES)('accepts %s', (value) => expect(isoDateProblem(value)).toBeUndefined());
	it('says why a day is not on the calendar', () => {
		expect(isoDateProblem('2024-02-30')).toContain('February 2024 has 29 days');
		expect(isoDateProblem('2023-02-29')).toContain('February 2023 has 28 days');
	});
	it('accepts dates from expressions such as {{ $now }}', () => {
		expect(isoDateProblem(new Date('2030-01-05T00:00:00Z'))).toBeUndefined();
		expect(isoDateProblem({ toISO: () => '2030-01-05T00:00:00.000+01:00' })).toBeUndefined();
		expect(isoDateProblem(new Date(Number.NaN))).toEqual(expect.any(String));
	});
});

it('finds the date fields of every provider that has them', () => {
	const names = dateFields.map((entry) => `${entry.provider}.${entry.resource}.${entry.operation}.${entry.field.name}`);
	expect(names).toEqual(
		expect.arrayContaining([
			'jobcase.job.create.startDate',
			'jobcase.job.update.endDate',
			'jobcase.job.getAll.from',
			'jobcase.job.getAll.to',
			'jobcase.campaign.create.endDate',
			'jobtrain.job.getAll.updatedFrom',
			'cegid.vacancy.getAll.updatedAfter',
			'cegid.candidate.getAll.updatedAfter',
			'cegid.report.submit.date',
			'cegid.report.submit.lastUpdateDate',
		]),
	);
	expect(dateFields.length).toBeGreaterThanOrEqual(12);
});

describe.each(PROVIDERS.filter((provider) => dateFields.some((entry) => entry.provider === provider)))('%s: date fields', (provider) => {
	let fixture: ProviderFixture;
	beforeAll(async () => {
		fixture = await startProvider(provider);
	});
	afterAll(async () => await fixture.close());

	const fields = dateFields.filter((entry) => entry.provider === provider);
	it.each(fields.map((entry) => [`${entry.resource}/${entry.operation} "${entry.field.displayName}"`, entry] as const))(
		'%s refuses dates that are not on the calendar or not ISO 8601, naming the field and item; nothing is sent',
		async (_, entry) => {
			await fixture.control.clearRequests();
			const result = await fixture.run(
				{ resource: entry.resource, operation: entry.operation, ...entry.required, ...entry.set('={{ $json.date }}') },
				{ inputItems: BAD_DATES.map((date) => ({ json: { date } })), continueOnFail: true },
			);
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(BAD_DATES.length);
			result.items.forEach((item, index) => {
				const text = `${String(item.json.error)}\n${String(item.json.description ?? '')}`;
				expect(String(item.json.error)).toMatch(new RegExp(`in item ${index}\\b`));
				expect(text).toContain(`"${entry.field.displayName}"`);
				expect(text).toMatch(/not an ISO 8601 date|not a calendar date|no month|not a time of day/);
			});
			expect(await fixture.control.requests()).toEqual([]);
		},
	);

	it.each(fields.map((entry) => [`${entry.resource}/${entry.operation} "${entry.field.displayName}"`, entry] as const))('%s takes real ISO 8601 dates', async (_, entry) => {
		const result = await fixture.run(
			{ resource: entry.resource, operation: entry.operation, ...entry.required, ...entry.set('={{ $json.date }}') },
			{ inputItems: GOOD_DATES.map((date) => ({ json: { date } })), continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		for (const item of result.items) expect(`${String(item.json.error ?? '')} ${String(item.json.description ?? '')}`).not.toMatch(/not an ISO 8601 date|not a calendar date/);
	});
});
