import type { IExecuteFunctions } from 'n8n-workflow';

import { checkFile, DOCUMENT_FORMATS, formatBytes, readBinaryFile, type BinaryFile } from '../../../shared/binary';
import { inputError } from '../../../shared/errors';
import { JOBTRAIN_MAX_FILE_BYTES } from '../../jobtrain.api';

/** Reads a CV or cover letter from a binary field, refusing one of 1 MB or more, or one that is no document (e.g. a program), before anything is sent. */
export async function readDocument(
	context: IExecuteFunctions,
	itemIndex: number,
	propertyName: string,
	what: { fieldLabel: string; document: string; defaultFileName: string },
): Promise<BinaryFile> {
	const file = await readBinaryFile(context, itemIndex, propertyName, {
		maxBytes: Number.POSITIVE_INFINITY,
		fieldLabel: what.fieldLabel,
		defaultFileName: what.defaultFileName,
	});
	if (file.bytes.length >= JOBTRAIN_MAX_FILE_BYTES) {
		throw inputError(
			context.getNode(),
			itemIndex,
			what.fieldLabel,
			`the ${what.document} "${file.fileName}" is ${formatBytes(file.bytes.length)} (${file.bytes.length} bytes), but Jobtrain accepts CVs and files only under 1 MB`,
			`Compress the ${what.document} or save it as a smaller PDF or Word file and run again; Jobtrain would refuse it with 413 "Files are too large".`,
		);
	}
	// The format Jobtrain takes is not published: the document formats every applicant tracking system reads.
	return checkFile(context, itemIndex, what.fieldLabel, file, {
		what: `a ${what.document}`,
		provider: 'Jobtrain',
		formats: DOCUMENT_FORMATS,
		maxBytes: JOBTRAIN_MAX_FILE_BYTES - 1,
		limitSource: 'Jobtrain’s documented limit: under 1 MB',
	});
}
