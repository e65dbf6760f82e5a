import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { IMAGE_FORMATS, readBinaryFile, type FileRule } from '../../../shared/binary';
import { showOnlyFor } from '../../../shared/displayOptions';
import { encodeMultipart } from '../../../shared/multipart';
import type { OperationOutput } from '../../../shared/operation';
import type { ApiClient } from '../../../shared/transport/apiClient';
import type { JobcaseEndpoint } from '../../jobcase.api';
import { companyLocator, readCompanyId } from './companyFields';

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

export const description: INodeProperties[] = showOnlyFor({ resource: ['company'], operation: ['uploadLogo'] }, [
	companyLocator,
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field containing the logo image',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number, client: ApiClient<JobcaseEndpoint>): Promise<OperationOutput> {
	const companyId = readCompanyId(this, itemIndex);
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
}
