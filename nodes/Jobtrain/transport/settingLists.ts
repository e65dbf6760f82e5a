import type { IDataObject, INodeListSearchItems } from 'n8n-workflow';

import { entryId, entryName } from '../../shared/listSearch';
import { jobtrainQuery, type JobtrainEndpoint } from '../jobtrain.api';

export interface SettingList {
	value: string;
	/** Singular, as in "Division". */
	name: string;
	plural: string;
	list: JobtrainEndpoint;
	/** Only divisions, departments and locations can be created through the API. */
	create?: JobtrainEndpoint;
	/** The list search of the fields that choose one (the job list's filter, a department's division, ...). */
	searchListMethod: string;
	/** The job list filter this setting drives. */
	jobFilter: string;
}

/** The settings Jobtrain's API user guide lists; each doubles as a searchable list elsewhere. */
export const settingLists: SettingList[] = [
	{ value: 'division', name: 'Division', plural: 'Divisions', list: 'divisionList', create: 'divisionCreate', searchListMethod: 'searchDivisions', jobFilter: jobtrainQuery.jobDivision },
	{ value: 'department', name: 'Department', plural: 'Departments', list: 'departmentList', create: 'departmentCreate', searchListMethod: 'searchDepartments', jobFilter: jobtrainQuery.jobDepartment },
	{ value: 'location', name: 'Location', plural: 'Locations', list: 'locationList', create: 'locationCreate', searchListMethod: 'searchLocations', jobFilter: jobtrainQuery.jobLocation },
	{ value: 'region', name: 'Region', plural: 'Regions', list: 'regionList', searchListMethod: 'searchRegions', jobFilter: jobtrainQuery.jobRegion },
	{ value: 'jobCategory', name: 'Job Category', plural: 'Job Categories', list: 'jobCategoryList', searchListMethod: 'searchJobCategories', jobFilter: jobtrainQuery.jobCategory },
	{ value: 'salaryBand', name: 'Salary Band', plural: 'Salary Bands', list: 'salaryBandList', searchListMethod: 'searchSalaryBands', jobFilter: jobtrainQuery.jobSalaryBand },
	{ value: 'employmentType', name: 'Employment Type', plural: 'Employment Types', list: 'employmentTypeList', searchListMethod: 'searchEmploymentTypes', jobFilter: jobtrainQuery.jobEmploymentType },
	{ value: 'jobLevel', name: 'Job Level', plural: 'Job Levels', list: 'jobLevelList', searchListMethod: 'searchJobLevels', jobFilter: jobtrainQuery.jobLevel },
];

export function settingList(value: string): SettingList | undefined {
	return settingLists.find((setting) => setting.value === value);
}

/** A setting record as a list entry: its name, and its `id` (or `<setting>Id`) as Jobtrain gave it (a number stays one). */
export function settingOption(setting: SettingList, record: IDataObject): INodeListSearchItems | undefined {
	const idKey = ['id', `${setting.value}Id`].find((key) => record[key] !== undefined && record[key] !== null);
	const id = idKey === undefined ? undefined : entryId(record[idKey]);
	if (idKey === undefined || id === undefined) return undefined;
	const label = entryName(record.name) ?? entryName(record.description) ?? entryName(record.title) ?? id;
	return { name: label, value: typeof record[idKey] === 'number' ? (record[idKey] as number) : id };
}
