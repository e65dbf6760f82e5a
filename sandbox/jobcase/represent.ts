import { formatInstant } from './drf/datetime';
import type { JobcaseStore } from './store';
import type {
	ApplicationEventRecord,
	CampaignRecord,
	CcpaRecord,
	CompanyRecord,
	CostRecord,
	JobRecord,
	PersonRecord,
} from './records';

/** API representations, with fields in the order the reference shows them. */

export interface PersonView {
	readonly id: number;
	readonly firstName: string;
	readonly lastName: string;
	readonly email: string;
}

export interface CompanyView {
	readonly id: number;
	readonly partnerId: number;
	readonly companyName: string;
	readonly partnerCompanyId: string;
	readonly companyUrl: string;
	readonly companyStreet: string;
	readonly companyCity: string;
	readonly companyState: string;
	readonly companyZipCode: string | number;
	readonly companyContact: PersonView | null;
	readonly salesRep: PersonView | null;
}

export function representCompany(store: JobcaseStore, company: CompanyRecord): CompanyView {
	return {
		id: company.id,
		partnerId: company.partnerId,
		companyName: company.companyName,
		partnerCompanyId: company.partnerCompanyId,
		companyUrl: company.companyUrl,
		companyStreet: company.companyStreet,
		companyCity: company.companyCity,
		companyState: company.companyState,
		companyZipCode: company.companyZipCode,
		companyContact: representPerson(store.personById(company.companyContactId)),
		salesRep: representPerson(store.personById(company.salesRepId)),
	};
}

function representPerson(person: PersonRecord | null): PersonView | null {
	return person && { id: person.id, firstName: person.firstName, lastName: person.lastName, email: person.email };
}

export function representJob(job: JobRecord): Record<string, unknown> {
	return {
		id: job.id,
		partnerId: job.partnerId,
		companyId: job.companyId,
		adNumber: job.adNumber,
		jobTitle: job.jobTitle,
		jobDescription: job.jobDescription,
		jobStreet: job.jobStreet,
		jobCity: job.jobCity,
		jobState: job.jobState,
		jobZipCode: job.jobZipCode,
		worktimeId: job.worktimeId,
		jobCategoryId: job.jobCategoryId,
		experienceId: job.experienceId,
		applyUrl: job.applyUrl,
		applyEmails: [...job.applyEmails],
		startDate: formatInstant(job.startDateMicros),
		endDate: formatInstant(job.endDateMicros),
		isConfidential: job.isConfidential,
		jobAttributes: { ...job.jobAttributes },
		jobStatus: job.jobStatus,
		applyActionType: job.applyActionType,
		resumeRequired: job.resumeRequired,
		products: [...job.products],
		postedAt: formatInstant(job.postedAtMicros),
	};
}

export function representCampaign(store: JobcaseStore, campaign: CampaignRecord): Record<string, unknown> {
	const costs = store.costsOf(campaign.id);
	const budgetSpent = roundCents(costs.reduce((sum, row) => sum + row.cost, 0));
	return {
		id: campaign.id,
		partnerId: campaign.partnerId,
		companyId: campaign.companyId,
		name: campaign.name,
		budgetRemaining: roundCents(Math.max(0, campaign.budget - budgetSpent)),
		budgetSpent,
		aggressiveness: campaign.aggressiveness,
		endDate: campaign.endDate,
		status: campaign.isPaused ? 'Paused' : 'Active',
		budget: campaign.budget,
		jobs: campaign.jobIds.map((jobId) => representCampaignJob(store, jobId, costs)),
	};
}

function representCampaignJob(store: JobcaseStore, jobId: number, costs: CostRecord[]): Record<string, unknown> {
	const job = store.jobs.get(jobId);
	const jobCosts = costs.filter((row) => row.jobId === jobId);
	return {
		id: jobId,
		status: job?.jobStatus ?? 'Expired',
		jobTitle: job?.jobTitle ?? '',
		budgetSpent: roundCents(jobCosts.reduce((sum, row) => sum + row.cost, 0)),
		totalClicks: jobCosts.filter((row) => row.eventType === 'Click').length,
	};
}

export function representCost(row: CostRecord): Record<string, unknown> {
	return {
		campaignId: row.campaignId,
		jobId: row.jobId,
		source: row.source,
		cost: row.cost,
		eventType: row.eventType,
		time: row.time,
	};
}

export interface ApplicationEventView {
	readonly id: number;
	readonly originalSource: string | null;
	readonly firstName: string;
	readonly lastName: string;
	readonly email: string;
	readonly phoneNumber: string;
	readonly userIp: string;
	readonly userAgent: string | null;
}

export function representApplicationEvent(event: ApplicationEventRecord): ApplicationEventView {
	return {
		id: event.id,
		originalSource: event.originalSource,
		firstName: event.firstName,
		lastName: event.lastName,
		email: event.email,
		phoneNumber: event.phoneNumber,
		userIp: event.userIp,
		userAgent: event.userAgent,
	};
}

export function representCcpa(record: CcpaRecord): Record<string, unknown> {
	return {
		model: 'apply.anonapply',
		pk: record.pk,
		fields: { name: record.name, phone: record.phone, email: record.email, resume_file: record.resumeFile },
	};
}

export function roundCents(amount: number): number {
	return Math.round(amount * 100) / 100;
}
