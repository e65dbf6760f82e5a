import type { IBinaryData, IBinaryKeyData, IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { CandidateRecord } from './records';

export interface BinaryPreparer {
	prepareBinaryData(binaryData: Buffer, filePath?: string, mimeType?: string): Promise<IBinaryData>;
}

/**
 * A candidate as an n8n item: the export's JSON, with each exported attachment as binary data named
 * `<prefix>_<n>` and that name noted on the attachment (`binaryProperty`) so users can find it.
 */
export async function candidateToItem(
	helpers: BinaryPreparer,
	record: CandidateRecord,
	binaryPrefix: string,
): Promise<INodeExecutionData> {
	const binary: IBinaryKeyData = {};
	const propertyByAttachment = new Map<IDataObject, string>();
	for (const [index, file] of record.files.entries()) {
		const property = `${binaryPrefix}_${index}`;
		const fileName = String(file.attachment.filename ?? file.attachment.fileName ?? file.attachment.name ?? file.attachment.id);
		const mimeType = String(file.attachment.mimeType ?? file.attachment.contentType ?? 'application/octet-stream');
		binary[property] = await helpers.prepareBinaryData(file.bytes, fileName, mimeType);
		propertyByAttachment.set(file.attachment, property);
	}
	const json: IDataObject = { ...record.detail };
	if (Array.isArray(record.detail.attachments)) {
		json.attachments = (record.detail.attachments as IDataObject[]).map((attachment) => {
			const property = propertyByAttachment.get(attachment);
			return property ? { ...attachment, binaryProperty: property } : attachment;
		});
	}
	return record.files.length > 0 ? { json, binary } : { json };
}
