/**
 * Bounds on what one export page may inflate to, so that a small page cannot become gigabytes in
 * memory (a "zip bomb"). A CV or other candidate attachment over 50 MB is not credible; deflate
 * rarely compresses real documents more than 200 to 1, while a bomb of zeros reaches 1,000 to 1.
 */
export const MAX_ENTRY_BYTES = 50 * 1024 * 1024;
/** Entries inflating to more than this must also stay within `MAX_RATIO` of their compressed size. */
export const RATIO_CHECK_ABOVE_BYTES = 1024 * 1024;
export const MAX_RATIO = 200;
/**
 * All one export page outputs together: every entry read from its archives (stored or inflated) and every base64
 * attachment decoded, counted each time it is read.
 */
export const MAX_PAGE_BYTES = 200 * 1024 * 1024;

const MB = 1024 * 1024;

/** What one page has inflated so far; shared by the records of that page. */
export interface InflateBudget {
	used: number;
}

/**
 * Why an entry of `size` bytes, `compressedSize` bytes on the wire, may not be inflated (or decoded),
 * or undefined when it may. Counts it against the page's budget when accepted.
 */
export function refuseInflating(size: number, compressedSize: number, budget: InflateBudget | undefined): string | undefined {
	const why = bombReason(size, compressedSize, budget);
	if (why) return `${why}; refused as a possible zip bomb`;
	if (budget) budget.used += size;
	return undefined;
}

/**
 * Why `size` bytes output as they are (a stored ZIP entry) may not be, or undefined when they may. Nothing is
 * inflated, so only the page's cap applies; counts them against the page's budget when accepted.
 */
export function refuseOutput(size: number, budget: InflateBudget): string | undefined {
	if (budget.used + size > MAX_PAGE_BYTES) {
		return `holds ${describe(size)}, beyond the ${describe(MAX_PAGE_BYTES)} allowed for one export page (${describe(budget.used)} already read from it); refused as a possible zip bomb`;
	}
	budget.used += size;
	return undefined;
}

function bombReason(size: number, compressedSize: number, budget: InflateBudget | undefined): string | undefined {
	if (size > MAX_ENTRY_BYTES) return `inflates to ${describe(size)}, beyond the ${describe(MAX_ENTRY_BYTES)} allowed for one file`;
	if (size > RATIO_CHECK_ABOVE_BYTES && size > MAX_RATIO * compressedSize) {
		return `inflates to ${describe(size)} from ${describe(compressedSize)}, beyond ${MAX_RATIO} times its compressed size`;
	}
	if (budget && budget.used + size > MAX_PAGE_BYTES) {
		return `inflates beyond the ${describe(MAX_PAGE_BYTES)} allowed for one export page (${describe(budget.used)} already read from it)`;
	}
	return undefined;
}

function describe(bytes: number): string {
	return bytes >= MB ? `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB` : `${bytes} bytes`;
}
