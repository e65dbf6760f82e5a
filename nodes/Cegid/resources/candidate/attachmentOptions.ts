import type { INodeProperties } from 'n8n-workflow';

import { cegidAssumptions } from '../../cegid.api';

export type AttachmentChoice = 'none' | 'resume' | 'all';

export const attachmentProperties: INodeProperties[] = [
	{
		displayName: 'Attachments',
		name: 'attachments',
		type: 'options',
		options: [
			{ name: 'None', value: 'none', description: 'Only the candidate’s data; attachments are listed but not downloaded' },
			{ name: 'Resumes', value: 'resume', description: 'Each resume as binary data' },
			{ name: 'All Attachments', value: 'all', description: 'Every attachment as binary data' },
		],
		default: 'none',
		description: 'Which files to download with each candidate',
	},
	{
		displayName: 'Binary Property Prefix',
		name: 'binaryPrefix',
		type: 'string',
		default: 'attachment',
		displayOptions: { hide: { attachments: ['none'] } },
		description: 'Files are put in binary properties named after this prefix, e.g. attachment_0, attachment_1, … in the order the candidate lists them',
	},
];

/** The `attachmenttype` query value: `resume` is documented by production code, `all` is assumed. */
export function attachmentTypeParameter(choice: AttachmentChoice): string | undefined {
	if (choice === 'resume') return 'resume';
	if (choice === 'all') return cegidAssumptions.allAttachmentsType.value;
	return undefined;
}
