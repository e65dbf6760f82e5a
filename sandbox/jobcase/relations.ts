/** DRF's PrimaryKeyRelatedField message for an id that points at nothing. */
export function missingObjectMessage(id: number | string): string {
	return `Invalid pk "${id}" - object does not exist.`;
}

/** "2030-01-05T19:09:35.334843+00:00" for now, in microseconds. */
export function nowMicros(): number {
	return Date.now() * 1000;
}
