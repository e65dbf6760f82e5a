import type { IDataObject } from 'n8n-workflow';

function label(value: IDataObject[keyof IDataObject]): IDataObject[keyof IDataObject] {
	if (value && typeof value === 'object' && !Array.isArray(value)) return (value as IDataObject).label ?? null;
	return value ?? null;
}

function objectAt(value: unknown): IDataObject {
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : {};
}

/** Keeps what identifies and places a vacancy; descriptions and custom fields dominate its size. */
export function simplifyVacancy(offerDetail: IDataObject): IDataObject {
	const jobDescription = objectAt(offerDetail.jobDescription);
	const status = objectAt(offerDetail.status);
	const location = objectAt(offerDetail.location);
	return {
		reference: offerDetail.reference ?? null,
		title: jobDescription.title ?? null,
		status: status.label ?? null,
		statusId: status.id ?? null,
		creationDate: offerDetail.creationDate ?? null,
		modificationDate: offerDetail.modificationDate ?? null,
		location: location.address ?? null,
		country: label(jobDescription.country),
		contractType: label(jobDescription.contractType),
		organisation: label(offerDetail.organisation),
	};
}
