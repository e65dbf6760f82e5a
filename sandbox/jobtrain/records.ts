export type JobStatus = 'Open' | 'Closed';

export const APPLICATION_STATUSES = ['Applied', 'Screening', 'Shortlisted', 'Interview', 'Offered', 'Hired', 'Rejected', 'Withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export interface SettingRecord {
	id: number;
	name: string;
	code: string | null;
	/** Departments belong to a division. */
	divisionId?: number | null;
	/** Locations are in a region and have a postcode. */
	regionId?: number | null;
	postcode?: string | null;
}

export interface JobRecord {
	jobId: number;
	reference: string;
	jobTitle: string;
	description: string;
	status: JobStatus;
	divisionId: number;
	departmentId: number;
	locationId: number;
	jobCategoryId: number;
	salaryBandId: number;
	employmentTypeId: number;
	jobLevelId: number;
	closingMs: number;
	createdMs: number;
	updatedMs: number;
}

export interface CandidateRecord {
	candidateId: number;
	title: string | null;
	firstName: string;
	surname: string;
	email: string;
	phone: string | null;
	mobile: string | null;
	postcode: string | null;
	addressLine1: string | null;
	addressLine2: string | null;
	town: string | null;
	county: string | null;
	country: string | null;
	source: string | null;
	createdMs: number;
}

export interface StoredFile {
	fileName: string;
	contentType: string;
	bytes: Buffer;
}

export interface StatusChange {
	status: ApplicationStatus;
	atMs: number;
}

export interface ApplicationRecord {
	applicationId: number;
	jobId: number;
	candidateId: number;
	/** Oldest first; the first entry is the application itself ("Applied"). */
	history: StatusChange[];
	cv: StoredFile | null;
	coverLetter: StoredFile | null;
	equalOpportunities: Record<string, string>;
}
