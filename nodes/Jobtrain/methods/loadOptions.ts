import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { ApiClient } from '../../shared/transport/apiClient';
import { jobtrain, type JobtrainEndpoint } from '../jobtrain.api';
import { collectList } from '../transport/listPage';
import { settingLists, settingOption, type SettingList } from '../transport/settingLists';

/** Dropdowns list at most this many records; beyond that, users enter an ID by expression. */
const DROPDOWN_LIMIT = 500;

async function listForDropdown(context: ILoadOptionsFunctions, endpoint: JobtrainEndpoint, filters: IDataObject = {}) {
	const client = new ApiClient(context, jobtrain);
	return await collectList(client, endpoint, { returnAll: false, limit: DROPDOWN_LIMIT, maxPageSize: jobtrain.maxPageSize }, { filters });
}

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

function settingLoader(setting: SettingList) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const records = await listForDropdown(this, setting.list);
		return records
			.map((record) => settingOption(setting, record))
			.filter((option): option is INodePropertyOptions => option !== undefined)
			.sort(byName);
	};
}

/** The settings dropdowns (divisions, departments, ...): one loader per settings list, e.g. `getDivisions`. */
export const loadOptions: Record<string, (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>> = Object.fromEntries(
	settingLists.map((setting) => [setting.loadOptionsMethod, settingLoader(setting)]),
);
