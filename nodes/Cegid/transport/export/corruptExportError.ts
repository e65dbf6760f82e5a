import type { InflateBudget } from './inflateLimits';

/** Where in an export a problem was found. */
export interface ExportPosition {
	/** The `offset` the page was asked for. */
	pageOffset: number;
	/** Index of the record within its page, counted from 0. */
	recordIndex?: number;
	/** The page was asked for resumes only (`attachmenttype=resume`): other attachments it carries are not output. */
	resumesOnly?: boolean;
	/** What the page's records have inflated so far, against the page's cap (see `inflateLimits.ts`). */
	inflated?: InflateBudget;
}

/**
 * A page of a Cegid export that does not follow the length-prefixed ZIP framing. Its message says
 * where; n8n shows `description` as the error's details.
 */
export class CorruptExportError extends Error {
	readonly description =
		'Cegid exports are sent as length-prefixed ZIP archives, and this page could not be read as such. Nothing was output for this item. Run the node again; if the error persists, give Cegid the offset above.';

	constructor(
		readonly problem: string,
		readonly position: ExportPosition,
	) {
		const record =
			position.recordIndex === undefined
				? ''
				: `record ${position.recordIndex + 1} of the page (export position ${position.pageOffset + position.recordIndex}): `;
		super(`Cegid sent a corrupt export page at offset ${position.pageOffset}: ${record}${problem}`);
		this.name = 'CorruptExportError';
	}
}
