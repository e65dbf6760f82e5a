import { isPlainObject } from '../drf/errorTree';
import { significantWords } from './words';

export interface WorkSpan {
	readonly title: string;
	readonly years: number;
	readonly yearsAgo: number;
	/** The O*NET-SOC code the resume parser was most confident about. */
	readonly onetCode: string;
}

const UNKNOWN_ONET_CODE = '00-0000.00';

/** Reads `workExperiences`; a missing end means "until now" (`nowMicros`). */
export function workSpans(resumeData: Record<string, unknown>, nowMicros: number): WorkSpan[] {
	const entries = Array.isArray(resumeData.workExperiences) ? resumeData.workExperiences : [];
	const now = new Date(nowMicros / 1000);
	const nowMonth = now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
	return entries.filter(isPlainObject).map((entry) => {
		const start = monthIndex(entry.startYear, entry.startMonth);
		const end = Math.min(monthIndex(entry.endYear, entry.endMonth) ?? nowMonth, nowMonth);
		return {
			title: typeof entry.title === 'string' ? entry.title : '',
			years: start === undefined ? 0 : roundTenth(Math.max(0, end - start) / 12),
			yearsAgo: roundTenth(Math.max(0, nowMonth - end) / 12),
			onetCode: bestOnetCode(entry.onetCodes),
		};
	});
}

/** Work titles that share a word with the job title. */
export function titleMatches(spans: WorkSpan[], jobtitle: string): WorkSpan[] {
	const wanted = new Set(significantWords(jobtitle));
	return spans.filter((span) => significantWords(span.title).some((word) => wanted.has(word)));
}

/** "3+ years", "5 yrs": the first such phrase in the posting, else 1 year. */
export function requiredYears(jobText: string): number {
	const match = /(\d{1,2})\s*\+?\s*(?:years?|yrs?)/i.exec(jobText);
	return match ? Number(match[1]) : 1;
}

function monthIndex(year: unknown, month: unknown): number | undefined {
	if (typeof year !== 'number' || !Number.isFinite(year)) return undefined;
	const safeMonth = typeof month === 'number' && month >= 1 && month <= 12 ? month : 1;
	return year * 12 + safeMonth;
}

function bestOnetCode(codes: unknown): string {
	if (!isPlainObject(codes)) return UNKNOWN_ONET_CODE;
	let best = UNKNOWN_ONET_CODE;
	let bestScore = -Infinity;
	for (const [code, confidence] of Object.entries(codes)) {
		if (typeof confidence === 'number' && confidence > bestScore) {
			best = code;
			bestScore = confidence;
		}
	}
	return best;
}

export function roundTenth(value: number): number {
	return Math.round(value * 10) / 10;
}

export function roundHundredth(value: number): number {
	return Math.round(value * 100) / 100;
}
