import { NHSJOB_PERMISSIONS, type NhsJobPermission } from '../config';

/** Scopes in a request, space- or comma-separated; undefined when one is unknown. */
export function parseScopes(raw: string | null): NhsJobPermission[] | undefined {
	const requested = (raw ?? '').split(/[\s,]+/).filter(Boolean);
	if (requested.length === 0) return ['read:jobs'];
	if (!requested.every((scope) => (NHSJOB_PERMISSIONS as readonly string[]).includes(scope))) return undefined;
	return [...new Set(requested)] as NhsJobPermission[];
}
