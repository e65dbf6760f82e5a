import type { FieldErrors } from './drf/errorTree';
import type { JobcaseStore } from './store';

/** DRF's PrimaryKeyRelatedField message for an id that points at nothing. */
export function missingObjectMessage(id: number | string): string {
	return `Invalid pk "${id}" - object does not exist.`;
}

/** The error for `companyId` when it is given and unknown; nothing otherwise. */
export function companyMustExist(store: JobcaseStore, companyId: number | undefined): FieldErrors {
	return companyId !== undefined && !store.companies.has(companyId) ? { companyId: [missingObjectMessage(companyId)] } : {};
}

/** The error for `campaignId` when it is given and unknown; nothing otherwise. */
export function campaignMustExist(store: JobcaseStore, campaignId: number | null | undefined): FieldErrors {
	return campaignId != null && !store.campaigns.has(campaignId) ? { campaignId: [missingObjectMessage(campaignId)] } : {};
}
