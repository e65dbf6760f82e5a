import { cegidAssumptions } from '../cegid.api';

/** What the Attachments field of the candidate export (and of the trigger's Fetch Full Record) asks for. */
export type AttachmentChoice = 'none' | 'resume' | 'all';

/** The `attachmenttype` query value: `resume` is documented by production code, `all` is assumed. */
export function attachmentTypeParameter(choice: AttachmentChoice): string | undefined {
	if (choice === 'resume') return 'resume';
	if (choice === 'all') return cegidAssumptions.allAttachmentsType.value;
	return undefined;
}
