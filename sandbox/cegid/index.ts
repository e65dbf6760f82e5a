export { CegidProvider, type CegidProviderOptions } from './cegidProvider';
export { DEFAULT_CEGID_CONFIG, type CegidConfig } from './config';
export { CEGID_ENDPOINTS, CEGID_PREFIX } from './endpoints';
export type { CegidSeed } from './seed/seedOptions';
export type { CegidStore } from './store';
export type { Change as CegidChange } from './delivery/applyChange';
export type { DeliveryResult as CegidDeliveryResult } from './delivery/deliver';
export type { EventPayload as CegidEventPayload } from './delivery/events';
export type { Signing as CegidSigning } from './delivery/signDelivery';
export type { ExportFaultSpec as CegidExportFault } from './export/exportFaults';
export type {
	CegidAttachmentSummary,
	CegidCandidateSummary,
	CegidCounts,
	CegidTokenCounts,
	CegidVacancySummary,
} from './inspection';
