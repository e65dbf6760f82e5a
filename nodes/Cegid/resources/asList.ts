import type { IDataObject } from 'n8n-workflow';

/** Lists arrive bare or in a `data` envelope (both are seen from Talentsoft APIs). */
export function asList(body: unknown): IDataObject[] {
	const list = Array.isArray(body) ? body : isObject(body) && Array.isArray(body.data) ? body.data : [];
	return list.map((entry) => (isObject(entry) ? entry : { value: entry as IDataObject[keyof IDataObject] }));
}

export function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
