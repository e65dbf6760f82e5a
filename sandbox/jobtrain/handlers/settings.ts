import { parseJsonBody } from '../../core/jsonBody';
import { json } from '../../core/reply';
import type { AuthorizedRequest, JobtrainContext } from '../context';
import { pageOf, readPaging } from '../paging';
import { duplicate, invalidFormat, mandatoryMissing } from '../problems';
import { settingView } from '../represent';
import type { SettingKind } from '../store';
import type { ApiHandler, EndpointHandlers } from './handlerTypes';

type SettingEndpoints = Pick<
	EndpointHandlers,
	| 'listDivisions' | 'createDivision' | 'listDepartments' | 'createDepartment' | 'listLocations' | 'createLocation'
	| 'listRegions' | 'listJobCategories' | 'listSalaryBands' | 'listEmploymentTypes' | 'listJobLevels'
>;

function optionalText(body: Record<string, unknown>, name: string, errors: Record<string, string[]>): string | null {
	const value = body[name];
	if (value === undefined || value === null || value === '') return null;
	if (typeof value !== 'string') {
		errors[name] = [`The ${name} field must be text.`];
		return null;
	}
	return value.trim();
}

/** An optional reference to another setting: must name an existing one. */
function reference(ctx: JobtrainContext, body: Record<string, unknown>, name: string, kind: SettingKind, errors: Record<string, string[]>): number | null {
	const value = body[name];
	if (value === undefined || value === null || value === '') return null;
	const id = Number(value);
	if (!Number.isInteger(id) || !ctx.store().settings[kind].has(id)) {
		errors[name] = [`The ${name} ${JSON.stringify(value)} does not match an existing ${kind.slice(0, -1)}.`];
		return null;
	}
	return id;
}

function creator(ctx: JobtrainContext, kind: 'divisions' | 'departments' | 'locations'): ApiHandler {
	return (req: AuthorizedRequest) => {
		const parsed = parseJsonBody(req.body);
		if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
			throw invalidFormat('The body must be a JSON object, e.g. {"name": "Finance"}.');
		}
		const body = parsed.value as Record<string, unknown>;
		const errors: Record<string, string[]> = {};
		const name = optionalText(body, 'name', errors);
		if (!name && !errors.name) errors.name = ['The name field is required.'];
		const code = optionalText(body, 'code', errors);
		const details = {
			name: name ?? '',
			code,
			...(kind === 'departments' && { divisionId: reference(ctx, body, 'divisionId', 'divisions', errors) }),
			...(kind === 'locations' && {
				regionId: reference(ctx, body, 'regionId', 'regions', errors),
				postcode: optionalText(body, 'postcode', errors),
			}),
		};
		if (Object.keys(errors).length > 0) throw mandatoryMissing(errors);
		const existing = [...ctx.store().settings[kind].values()].find((record) => record.name.toLowerCase() === details.name.toLowerCase());
		if (existing) throw duplicate(`A ${kind.slice(0, -1)} named "${existing.name}" already exists (id ${existing.id}).`);
		return json(201, settingView(kind, ctx.store().addSetting(kind, details)));
	};
}

function lister(ctx: JobtrainContext, kind: SettingKind): ApiHandler {
	return (req) => {
		const paging = readPaging(req.query);
		return json(200, pageOf([...ctx.store().settings[kind].values()], paging, kind, (record) => settingView(kind, record)));
	};
}

export function settingHandlers(ctx: JobtrainContext): SettingEndpoints {
	return {
		listDivisions: lister(ctx, 'divisions'),
		createDivision: creator(ctx, 'divisions'),
		listDepartments: lister(ctx, 'departments'),
		createDepartment: creator(ctx, 'departments'),
		listLocations: lister(ctx, 'locations'),
		createLocation: creator(ctx, 'locations'),
		listRegions: lister(ctx, 'regions'),
		listJobCategories: lister(ctx, 'jobCategories'),
		listSalaryBands: lister(ctx, 'salaryBands'),
		listEmploymentTypes: lister(ctx, 'employmentTypes'),
		listJobLevels: lister(ctx, 'jobLevels'),
	};
}
