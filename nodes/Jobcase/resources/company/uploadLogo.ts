import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { IMAGE_FORMATS, readBinaryFile, type FileRule } from '../../../shared/binary';
import { encodeMultipart } from '../../../shared/multipart';
import type { OperationDefinition } from '../../../shared/operation';
import { readPositiveId } from '../../../shared/validate';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { companyIdProperty } from './companyIdProperty';

/**
 * Jobcase stores the logo in an image field: it must be an image. Jobcase publishes no size limit for
 * logos; 5 MB (its documented limit for resumes) is our assumption, far above any real logo.
 */
export const JOBCASE_LOGO_RULE: FileRule = {
	what: 'a logo',
	provider: 'Jobcase',
	formats: IMAGE_FORMATS,
	maxBytes: 5 * 1024 * 1024,
	limitSource: 'no limit is published; this is the limit this node assumes, the same as Jobcase’s documented resume limit',
};

const properties: INodeProperties[] = [
	companyIdProperty,
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field containing the logo image',
	},
];

export const uploadCompanyLogo: OperationDefinition<JobcaseEndpoint> = {
	value: 'uploadLogo',
	name: 'Upload Logo',
	action: 'Upload a company logo',
	description: 'Upload the company’s logo image from a binary field; recommended after creating a company',
	properties,
	async execute(itemIndex, client) {
		const companyId = readPositiveId(this, itemIndex, 'companyId', 'Company ID');
		const propertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
		const logo = await readBinaryFile(this, itemIndex, propertyName, {
			maxBytes: Number.POSITIVE_INFINITY,
			fieldLabel: 'Input Binary Field',
			defaultFileName: 'logo',
			rule: JOBCASE_LOGO_RULE,
		});
		const { body, contentType } = encodeMultipart([{ name: 'company_logo', file: logo }]);
		const response = await client.request<IDataObject>('companyLogo', {
			pathParams: { companyId },
			body,
			headers: { 'Content-Type': contentType },
			itemIndex,
		});
		return { companyId, fileName: logo.fileName, ...response };
	},
};
