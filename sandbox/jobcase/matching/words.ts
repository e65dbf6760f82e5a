import { isPlainObject } from '../drf/errorTree';

const STOPWORDS = new Set([
	'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'have', 'he', 'her', 'his', 'i', 'in',
	'is', 'it', 'its', 'my', 'of', 'on', 'or', 'our', 'she', 'so', 'that', 'the', 'their', 'them', 'they', 'this',
	'to', 'was', 'we', 'were', 'will', 'with', 'you', 'your', 'who', 'all', 'any', 'can', 'do', 'if', 'into', 'not',
	'no', 'but', 'per', 'up', 'out', 'about', 'over', 'than', 'then', 'there', 'these', 'those', 'what', 'when',
	'which', 'while', 'also', 'each', 'every', 'more', 'most', 'other', 'some', 'such', 'only', 'own', 'same', 'very',
	'string', 'needed', 'looking', 'seeking', 'job', 'jobs', 'role', 'position', 'work', 'worked', 'working',
	'year', 'years', 'yrs', 'experience', 'required', 'preferred', 'plus', 'must',
]);

/** Words people skim for in a posting: not a skill taxonomy, just a stand-in for one. */
const SOFT_SKILLS = new Set([
	'communication', 'teamwork', 'leadership', 'organized', 'organised', 'friendly', 'reliable', 'punctual',
	'motivated', 'detail', 'problem', 'solving', 'customer', 'service', 'collaboration', 'adaptable', 'positive',
]);

/** Distinct lower-case words worth matching on, in order of first appearance. */
export function significantWords(text: string): string[] {
	const found = text.toLowerCase().match(/[a-z][a-z0-9+#]*/g) ?? [];
	return [...new Set(found.filter((word) => word.length >= 2 && !STOPWORDS.has(word)))];
}

export function isSoftSkill(word: string): boolean {
	return SOFT_SKILLS.has(word);
}

/** The resource name DBpedia would give a one-word skill. */
export function dbpediaTag(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/** All the text in a structured resume that says what the person can do. */
export function resumeDataText(resumeData: Record<string, unknown>): string {
	const parts: string[] = [];
	const add = (value: unknown) => {
		if (typeof value === 'string') parts.push(value);
	};
	add(resumeData.summary);
	if (Array.isArray(resumeData.skills)) resumeData.skills.forEach(add);
	for (const section of ['workExperiences', 'educations', 'certifications'] as const) {
		const entries = resumeData[section];
		if (!Array.isArray(entries)) continue;
		for (const entry of entries) {
			if (!isPlainObject(entry)) continue;
			['title', 'description', 'programName', 'programDescription', 'certificationName', 'description'].forEach((key) =>
				add(entry[key]),
			);
		}
	}
	return parts.join(' ');
}
