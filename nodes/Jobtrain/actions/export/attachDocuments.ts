import type { IBinaryKeyData, IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ApiClient } from '../../../shared/transport/apiClient';
import { jobtrainFields, type JobtrainEndpoint } from '../../jobtrain.api';

interface DocumentInfo {
	fileName?: string;
	contentType?: string;
}

/** Downloads the CV and cover letter an exported application mentions, as n8n binary data. */
export async function downloadDocuments(
	context: IExecuteFunctions,
	client: ApiClient<JobtrainEndpoint>,
	record: IDataObject,
	binaryNames: { cv: string; coverLetter: string },
	itemIndex: number,
): Promise<IBinaryKeyData | undefined> {
	const pathParams = {
		jobId: String(record[jobtrainFields.applicationJobId]),
		candidateId: String(record[jobtrainFields.applicationCandidateId]),
	};
	const binary: IBinaryKeyData = {};
	const documents: Array<[DocumentInfo | undefined, JobtrainEndpoint, string, string]> = [
		[record[jobtrainFields.cv] as DocumentInfo | undefined, 'applicationCv', binaryNames.cv, 'cv'],
		[record[jobtrainFields.coverLetter] as DocumentInfo | undefined, 'applicationCoverLetter', binaryNames.coverLetter, 'cover-letter'],
	];
	for (const [info, endpoint, binaryName, fallbackName] of documents) {
		if (!info || typeof info !== 'object') continue;
		const bytes = await client.request<Buffer>(endpoint, { pathParams, encoding: 'arraybuffer', itemIndex });
		binary[binaryName] = await context.helpers.prepareBinaryData(
			Buffer.from(bytes),
			info.fileName ?? `${fallbackName}-${pathParams.candidateId}`,
			info.contentType,
		);
	}
	return Object.keys(binary).length > 0 ? binary : undefined;
}
