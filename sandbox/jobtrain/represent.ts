import { iso } from './clock';
import type { ApplicationRecord, CandidateRecord, JobRecord, SettingRecord, StoredFile } from './records';
import type { JobtrainStore, SettingKind } from './store';

export function settingView(kind: SettingKind, record: SettingRecord): Record<string, unknown> {
	const view: Record<string, unknown> = { id: record.id, name: record.name, code: record.code };
	if (kind === 'departments') view.divisionId = record.divisionId ?? null;
	if (kind === 'locations') {
		view.regionId = record.regionId ?? null;
		view.postcode = record.postcode ?? null;
	}
	return view;
}

export function jobView(store: JobtrainStore, job: JobRecord): Record<string, unknown> {
	const location = store.settings.locations.get(job.locationId);
	const regionId = location?.regionId ?? null;
	return {
		jobId: job.jobId,
		reference: job.reference,
		jobTitle: job.jobTitle,
		status: job.status,
		divisionId: job.divisionId,
		divisionName: store.settingName('divisions', job.divisionId),
		departmentId: job.departmentId,
		departmentName: store.settingName('departments', job.departmentId),
		locationId: job.locationId,
		locationName: location?.name ?? null,
		regionId,
		regionName: store.settingName('regions', regionId),
		jobCategoryId: job.jobCategoryId,
		jobCategoryName: store.settingName('jobCategories', job.jobCategoryId),
		salaryBandId: job.salaryBandId,
		salaryBandName: store.settingName('salaryBands', job.salaryBandId),
		employmentTypeId: job.employmentTypeId,
		employmentTypeName: store.settingName('employmentTypes', job.employmentTypeId),
		jobLevelId: job.jobLevelId,
		jobLevelName: store.settingName('jobLevels', job.jobLevelId),
		description: job.description,
		closingDate: iso(job.closingMs),
		createdDate: iso(job.createdMs),
		updatedDate: iso(job.updatedMs),
	};
}

function candidateView(candidate: CandidateRecord): Record<string, unknown> {
	const { createdMs, ...fields } = candidate;
	return { ...fields, createdDate: iso(createdMs) };
}

function fileView(file: StoredFile | null): Record<string, unknown> | null {
	return file && { fileName: file.fileName, contentType: file.contentType, size: file.bytes.length };
}

function statusFields(application: ApplicationRecord): Record<string, unknown> {
	const latest = application.history[application.history.length - 1];
	return {
		applicationId: application.applicationId,
		jobId: application.jobId,
		candidateId: application.candidateId,
		status: latest.status,
		appliedDate: iso(application.history[0].atMs),
		statusChangedDate: iso(latest.atMs),
	};
}

export function applicationStatusView(application: ApplicationRecord): Record<string, unknown> {
	return statusFields(application);
}

/** A row of "candidates for a job". */
export function jobCandidateView(store: JobtrainStore, application: ApplicationRecord): Record<string, unknown> {
	const candidate = store.candidates.get(application.candidateId) as CandidateRecord;
	return {
		candidateId: candidate.candidateId,
		firstName: candidate.firstName,
		surname: candidate.surname,
		email: candidate.email,
		postcode: candidate.postcode,
		...statusFields(application),
	};
}

export function applicationDetailView(store: JobtrainStore, application: ApplicationRecord): Record<string, unknown> {
	const job = store.jobs.get(application.jobId) as JobRecord;
	return {
		...statusFields(application),
		candidate: candidateView(store.candidates.get(application.candidateId) as CandidateRecord),
		job: { jobId: job.jobId, reference: job.reference, jobTitle: job.jobTitle, status: job.status },
		statusHistory: application.history.map((change) => ({ status: change.status, changedDate: iso(change.atMs) })),
		cv: fileView(application.cv),
		coverLetter: fileView(application.coverLetter),
	};
}

/** A record of the 24-hour change export: candidate, job, equal-opportunities and file data. */
export function exportView(store: JobtrainStore, application: ApplicationRecord): Record<string, unknown> {
	const job = store.jobs.get(application.jobId) as JobRecord;
	const { description: _description, ...jobSummary } = jobView(store, job);
	return {
		...applicationDetailView(store, application),
		job: jobSummary,
		equalOpportunities: { ...application.equalOpportunities },
	};
}
