/** A vacancy as the emulation keeps it; `offerDetail` is what the export serves. */
export interface VacancyRecord {
	readonly reference: string;
	chronoNumber: number;
	/** English status name used by the `vacancyStatus` filter, e.g. "Published". */
	status: string;
	offerDetail: Record<string, unknown>;
}

export interface AttachmentRecord {
	readonly id: string;
	readonly isResume: boolean;
	readonly mimeType: string;
	readonly filename: string;
	readonly bytes: Buffer;
}

/** An applicant; `detail` is the `applicantdetail` document without its attachment list. */
export interface CandidateRecord {
	readonly id: string;
	readonly email: string;
	chronoNumber: number;
	updateDate: string;
	detail: Record<string, unknown>;
	attachments: AttachmentRecord[];
}

export interface ReferentialItem {
	readonly code: number;
	readonly clientCode: string;
	readonly label: string;
	readonly active: boolean;
	readonly parentCode: number | null;
	readonly type: string;
	readonly parentType: string;
	readonly hasChildren: boolean;
	/** Labels by language code, e.g. fr-FR. */
	readonly translations: Readonly<Record<string, string>>;
}

export interface WebhookRecord {
	readonly hookId: string;
	readonly event: string;
	readonly callbackUrl: string;
	readonly pingUrl: string;
	readonly createdAt: string;
}

export interface ReceivedReport {
	readonly reportType: string;
	readonly items: Array<Record<string, unknown>>;
	readonly receivedAt: string;
}

export interface CegidStore {
	/** "Now" of the seeded data, ms since epoch. */
	readonly anchorMs: number;
	readonly randomSeed: number;
	/** In chrono-number order. */
	readonly vacancies: Map<string, VacancyRecord>;
	readonly candidates: Map<string, CandidateRecord>;
	readonly referentials: Map<string, ReferentialItem[]>;
	readonly webhooks: Map<string, WebhookRecord>;
	readonly reports: ReceivedReport[];
	nextChronoNumber: number;
	nextVacancyNumber: number;
	nextCandidateNumber: number;
	nextHookNumber: number;
}

/** Naive ISO date-time (no zone), as Cegid writes its dates. */
export function naiveIso(ms: number): string {
	return new Date(ms).toISOString().slice(0, 19);
}
