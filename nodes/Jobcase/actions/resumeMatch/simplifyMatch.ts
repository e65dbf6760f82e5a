import type { IDataObject } from 'n8n-workflow';

/** A match response carries the whole resume and a large scoring breakdown; keep what routing needs. */
export function simplifyMatch(match: IDataObject): IDataObject {
	const details = (match.match_object ?? {}) as IDataObject;
	const skills = (details.skills_match_details ?? {}) as IDataObject;
	const experience = (details.experience_match_details ?? {}) as IDataObject;
	const matchedSkills = Array.isArray(skills.matched_skills) ? (skills.matched_skills as IDataObject[]) : [];
	return {
		key: match.key,
		score: match.score ?? null,
		match_bucket_name: match.match_bucket_name ?? null,
		jobtitle: match.jobtitle ?? null,
		matched_skills: matchedSkills.map((skill) => skill.job_dbpedia_tag ?? skill.resume_dbpedia_tag).filter(Boolean),
		met_experience: experience.met_experience ?? null,
	};
}
