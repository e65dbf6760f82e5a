import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { jobtrainQuery, type JobtrainEndpoint } from '../jobtrain.api';

export interface SettingList {
	value: string;
	/** Singular, as in "Division". */
	name: string;
	plural: string;
	list: JobtrainEndpoint;
	/** Only divisions, departments and locations can be created through the API. */
	create?: JobtrainEndpoint;
	loadOptionsMethod: string;
	/** The job list filter this setting drives. */
	jobFilter: string;
}

/** The settings Jobtrain's API user guide lists; each doubles as a dropdown elsewhere. */
export const settingLists: SettingList[] = [
	{ value: 'division', name: 'Division', plural: 'Divisions', list: 'divisionList', create: 'divisionCreate', loadOptionsMethod: 'getDivisions', jobFilter: jobtrainQuery.jobDivision },
	{ value: 'department', name: 'Department', plural: 'Departments', list: 'departmentList', create: 'departmentCreate', loadOptionsMethod: 'getDepartments', jobFilter: jobtrainQuery.jobDepartment },
	{ value: 'location', name: 'Location', plural: 'Locations', list: 'locationList', create: 'locationCreate', loadOptionsMethod: 'getLocations', jobFilter: jobtrainQuery.jobLocation },
	{ value: 'region', name: 'Region', plural: 'Regions', list: 'regionList', loadOptionsMethod: 'getRegions', jobFilter: jobtrainQuery.jobRegion },
	{ value: 'jobCategory', name: 'Job Category', plural: 'Job Categories', list: 'jobCategoryList', loadOptionsMethod: 'getJobCategories', jobFilter: jobtrainQuery.jobCategory },
	{ value: 'salaryBand', name: 'Salary Band', plural: 'Salary Bands', list: 'salaryBandList', loadOptionsMethod: 'getSalaryBands', jobFilter: jobtrainQuery.jobSalaryBand },
	{ value: 'employmentType', name: 'Employment Type', plural: 'Employment Types', list: 'employmentTypeList', loadOptionsMethod: 'getEmploymentTypes', jobFilter: jobtrainQuery.jobEmploymentType },
	{ value: 'jobLevel', name: 'Job Level', plural: 'Job Levels', list: 'jobLevelList', loadOptionsMethod: 'getJobLevels', jobFilter: jobtrainQuery.jobLevel },
];

export function settingList(value: string): SettingList | undefined {
	return settingLists.find((setting) => setting.value === value);
}

/** A setting record as a dropdown entry: its name, and its `id` (or `<setting>Id`). */
export function settingOption(setting: SettingList, record: IDataObject): INodePropertyOptions | undefined {
	const idKey = ['id', `${setting.value}Id`].find((key) => record[key] !== undefined && record[key] !== null);
	if (idKey === undefined) return undefined;
	const label = record.name ?? record.description ?? record.title ?? record[idKey];
	return { name: String(label), value: record[idKey] as string | number };
}
