/** DRF's PrimaryKeyRelatedField message for an id that points at nothing. */
export function missingObjectMessage(id: number | string): string {
	return `Invalid pk "${id}" - object does not exist.`;
}
