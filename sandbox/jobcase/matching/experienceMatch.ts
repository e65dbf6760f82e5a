import { roundHundredth, roundTenth, titleMatches, requiredYears, workSpans } from './workHistory';

export interface ExperienceMatch {
	readonly score: number;
	readonly is_experience_match: boolean;
	readonly match_object: Record<string, unknown>;
}

/**
 * Experience in jobs whose title resembles the posting's, against the years the posting asks for. The shape
 * follows the reference: penalty = years short / years required, score = 1 - penalty.
 */
export function matchExperience(
	resumeData: Record<string, unknown>,
	jobText: string,
	jobtitle: string,
	nowMicros: number,
): ExperienceMatch {
	const matches = titleMatches(workSpans(resumeData, nowMicros), jobtitle);
	const minExperience = requiredYears(`${jobtitle} ${jobText}`);
	const actualYears = roundTenth(matches.reduce((sum, span) => sum + span.years, 0));
	const underYears = roundTenth(Math.max(0, minExperience - actualYears));
	const penalty = minExperience === 0 ? 0 : roundHundredth(Math.min(1, underYears / minExperience));
	const score = matches.length === 0 ? 0 : roundHundredth(1 - penalty);
	const yearsAgo = matches.length === 0 ? 0 : Math.min(...matches.map((span) => span.yearsAgo));
	const penaltyDescriptions =
		underYears > 0
			? { min_experience: { penalty, description: `${underYears.toFixed(1)} years under minimum experience required` } }
			: {};
	const isMatch = matches.length > 0 && underYears === 0;
	return {
		score,
		is_experience_match: isMatch,
		match_object: {
			experience_score: score,
			under_experience_penalty: penalty,
			years_ago_penalty: 0,
			penalty_description_data: penaltyDescriptions,
			min_experience: minExperience,
			actual_experience_years: actualYears,
			under_experience_years: underYears,
			years_ago: yearsAgo,
			is_experience_match: isMatch,
			jobtitle_matches: matches.map((span) => span.title),
			jobtitle_matches_details: matches.map((span) => ({
				occupation_data_id: span.onetCode,
				jobtitle: span.title,
				actual_experience_years: span.years,
				years_ago: span.yearsAgo,
				matched_on: span.title.toLowerCase() === jobtitle.toLowerCase() ? 'occupation' : 'career_pathway',
			})),
			penalties: { experience: penaltyDescriptions },
		},
	};
}
