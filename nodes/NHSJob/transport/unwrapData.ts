import type { IDataObject } from 'n8n-workflow';

/** NHSJob's envelope for one record is not published: accept `{data: record}` as well as the record itself. */
export function unwrapData(response: IDataObject | undefined): IDataObject {
	const data = response?.data;
	return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as IDataObject) : (response ?? {});
}
