import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions } from 'n8n-workflow';

export interface BinaryFile {
	bytes: Buffer;
	fileName: string;
	mimeType: string;
}

/**
 * Reads a file from an input item's binary property, refusing it before any upload when it is
 * missing, empty or larger than the provider accepts.
 */
export async function readBinaryFile(
	context: IExecuteFunctions,
	itemIndex: number,
	propertyName: string,
	limits: { maxBytes: number; fieldLabel: string; defaultFileName: string },
): Promise<BinaryFile> {
	const item = context.getInputData()[itemIndex];
	const available = Object.keys(item?.binary ?? {});
	if (!item?.binary?.[propertyName]) {
		throw new NodeOperationError(
			context.getNode(),
			`Invalid "${limits.fieldLabel}" in item ${itemIndex}: no binary property named "${propertyName}"`,
			{
				itemIndex,
				description: available.length
					? `This item has binary properties: ${available.join(', ')}. Enter one of them.`
					: 'This item has no binary data. Add a node before this one that reads or downloads the file.',
			},
		);
	}
	const metadata = context.helpers.assertBinaryData(itemIndex, propertyName);
	const bytes = await context.helpers.getBinaryDataBuffer(itemIndex, propertyName);
	if (bytes.length === 0) {
		throw new NodeOperationError(context.getNode(), `Invalid "${limits.fieldLabel}" in item ${itemIndex}: the file is empty`, {
			itemIndex,
		});
	}
	if (bytes.length > limits.maxBytes) {
		throw new NodeOperationError(
			context.getNode(),
			`Invalid "${limits.fieldLabel}" in item ${itemIndex}: the file is ${formatBytes(bytes.length)}, over the provider's limit of ${formatBytes(limits.maxBytes)}`,
			{ itemIndex, description: 'Compress the file or send a smaller one; the provider refuses larger files.' },
		);
	}
	return {
		bytes,
		fileName: metadata.fileName ?? limits.defaultFileName,
		mimeType: metadata.mimeType || 'application/octet-stream',
	};
}

export function formatBytes(size: number): string {
	if (size < 1024) return `${size} bytes`;
	if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
	return `${(size / (1024 * 1024)).toFixed(2)} MB`;
}
