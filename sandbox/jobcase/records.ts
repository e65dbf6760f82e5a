import type { ApplyActionType } from './mappings';

/** How the emulation stores Jobcase objects; the API representation is built in represent.ts. */

export interface PersonRecord {
	readonly id: number;
	readonly firstName: string;
	readonly lastName: string;
	readonly email: string;
}

export interface CompanyRecord {
	readonly id: number;
	partnerId: number;
	companyName: string;
	partnerCompanyId: string;
	companyUrl: string;
	companyStreet: string;
	companyCity: string;
	companyState: string;
	companyZipCode: string | number;
	companyContactId: number | null;
	salesRepId: number | null;
}

export type JobStatus = 'Active' | 'Expired';

export interface JobRecord {
	readonly id: number;
	partnerId: number;
	companyId: number;
	adNumber: string;
	jobTitle: string;
	jobDescription: string;
	jobStreet: string | null;
	jobCity: string;
	jobState: string;
	jobZipCode: string | number;
	worktimeId: number;
	jobCategoryId: number;
	experienceId: number;
	applyUrl: string | null;
	applyEmails: string[];
	/** Dates as microseconds since the epoch; formatted only when represented. */
	startDateMicros: number;
	endDateMicros: number;
	isConfidential: boolean;
	jobAttributes: Record<string, unknown>;
	jobStatus: JobStatus;
	applyActionType: ApplyActionType;
	resumeRequired: boolean;
	products: string[];
	/** When the job was created; what the `from`/`to` list filters compare against. */
	readonly postedAtMicros: number;
}

export interface CampaignRecord {
	readonly id: number;
	partnerId: number;
	companyId: number;
	name: string;
	budget: number;
	aggressiveness: number;
	endDate: string | null;
	isPaused: boolean;
	jobIds: number[];
}

export type CostEventType = 'Click' | 'Apply';

export interface CostRecord {
	readonly id: number;
	readonly campaignId: number;
	readonly jobId: number;
	readonly source: string;
	readonly cost: number;
	readonly eventType: CostEventType;
	readonly time: string;
}

export interface StoredFile {
	readonly filename: string;
	readonly contentType: string;
	readonly bytes: Buffer;
}

export interface ApplicationEventRecord {
	readonly id: number;
	readonly jobSourceId: string;
	readonly originalSource: string | null;
	readonly firstName: string;
	readonly lastName: string;
	readonly email: string;
	readonly phoneNumber: string;
	readonly userIp: string;
	readonly userAgent: string | null;
	readonly jobcaseProfileUrl: string | null;
	readonly receivedAt: string;
	readonly resume: StoredFile | null;
}

/** What `GET /ccpa/` knows about a person (Django's `apply.anonapply` model). */
export interface CcpaRecord {
	readonly pk: number;
	name: string;
	phone: string;
	readonly email: string;
	resumeFile: number | null;
}

export interface PurgeRequestRecord {
	readonly id: number;
	readonly email: string;
	readonly requestedAt: string;
}

export interface ResumeMatchRecord {
	readonly key: string;
	readonly resumeData: Record<string, unknown>;
	readonly resumeText: string | null;
	readonly jobText: string;
	readonly jobtitle: string | null;
	readonly delay: boolean;
	/** Null while a delayed match has not been read yet. */
	result: MatchResult | null;
}

export interface MatchResult {
	readonly score: number;
	readonly matchBucketName: string;
	readonly matchObject: Record<string, unknown>;
}
