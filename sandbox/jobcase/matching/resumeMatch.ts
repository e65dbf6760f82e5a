import type { MatchResult } from '../records';
import { matchExperience } from './experienceMatch';
import { dbpediaTag, isSoftSkill, resumeDataText, significantWords } from './words';
import { roundHundredth } from './workHistory';

export interface ResumeMatchInput {
	readonly resumeData: Record<string, unknown>;
	readonly resumeText: string | null;
	readonly jobText: string;
	readonly jobtitle: string | null;
	readonly nowMicros: number;
}

const MATCH_MODEL_VERSION = 21;
const SCORE_WEIGHTS = { skills: 0.3, education: 0, experience: 0.7 };

/**
 * Score = share of the posting's significant words that appear in the resume (text, skills, history), so the same
 * inputs always give the same score. The match object mirrors the reference's shape.
 */
export function matchResume(input: ResumeMatchInput): MatchResult {
	const jobWords = significantWords(`${input.jobtitle ?? ''} ${input.jobText}`);
	const resumeWords = significantWords(`${input.resumeText ?? ''} ${resumeDataText(input.resumeData)}`);
	const resumeSet = new Set(resumeWords);
	const matched = jobWords.filter((word) => resumeSet.has(word));
	const score = jobWords.length === 0 ? 0 : roundHundredth(matched.length / jobWords.length);
	const experience = matchExperience(input.resumeData, input.jobText, input.jobtitle ?? '', input.nowMicros);
	const educationLevel = firstDegreeLevel(input.resumeData);
	const bucket = bucketOf(score);

	return {
		score,
		matchBucketName: bucket.name,
		matchObject: {
			score,
			bucket_type: bucket.type,
			match_model_version: MATCH_MODEL_VERSION,
			score_weights: SCORE_WEIGHTS,
			weighted_skills_score: roundHundredth(score * SCORE_WEIGHTS.skills),
			weighted_experience_score: roundHundredth(experience.score * SCORE_WEIGHTS.experience),
			weighted_education_score: 0,
			skills_match_details: {
				skills_score: score,
				job_num_skills: jobWords.length,
				matched_skills: matched.map((word) => ({ job_dbpedia_tag: dbpediaTag(word), resume_dbpedia_tag: dbpediaTag(word), score: 1 })),
				job_skills_data: jobWords.map(skillData),
				resume_skills_data: resumeWords.map(skillData),
			},
			experience_match_details: {
				experience_score: experience.score,
				job_min_experience_years: experience.match_object.min_experience,
				resume_experience_years: experience.match_object.actual_experience_years,
				resume_under_experience_years: experience.match_object.under_experience_years,
				experience_penalty: experience.match_object.under_experience_penalty,
				job_onetsoc_code: firstOnetCode(experience.match_object.jobtitle_matches_details),
				job_career_pathway: input.jobtitle ?? 'Unknown',
				met_experience: experience.is_experience_match,
				occupation_match_details: experience.match_object.jobtitle_matches_details,
			},
			education_match_details: { education_score: 0, job_education_level: 'None', resume_education_level: educationLevel },
			seconds_to_match: roundHundredth(0.5 + ((input.jobText.length + resumeWords.length) % 300) / 100),
		},
	};
}

function bucketOf(score: number): { name: string; type: number } {
	if (score >= 0.5) return { name: 'great_match', type: 1 };
	if (score >= 0.25) return { name: 'good_match', type: 2 };
	return { name: 'poor_match', type: 3 };
}

function skillData(word: string) {
	return { skill: word, dbpedia_tag: dbpediaTag(word), soft: isSoftSkill(word) ? 1 : 0 };
}

function firstDegreeLevel(resumeData: Record<string, unknown>): string {
	const educations = Array.isArray(resumeData.educations) ? resumeData.educations : [];
	const first = educations[0] as { degreeLevel?: unknown } | undefined;
	return typeof first?.degreeLevel === 'string' ? first.degreeLevel : 'None';
}

function firstOnetCode(details: unknown): string | null {
	if (!Array.isArray(details) || details.length === 0) return null;
	return (details[0] as { occupation_data_id: string }).occupation_data_id;
}
