import { createHash } from 'node:crypto';

import { json } from '../../core/reply';
import type { JobcaseContext } from '../context';
import { pythonTypeName } from '../drf/errorTree';
import { Field, booleanField, charField, dictField } from '../drf/fields';
import { readRequestData } from '../drf/requestData';
import { notFound } from '../drf/responses';
import { requireValid, validateData } from '../drf/serializer';
import { matchExperience } from '../matching/experienceMatch';
import { matchResume } from '../matching/resumeMatch';
import type { ResumeMatchRecord } from '../records';
import type { JobcaseStore } from '../store';
import type { EndpointHandlers } from './endpointHandlers';

const matchSchema = {
	resume_data: dictField(),
	resume_text: charField({ allowBlank: true }).optional().nullable(),
	job_text: charField(),
	jobtitle: charField({ maxLength: 255 }).optional().nullable(),
	delay: booleanField().withDefault(() => false),
};

/** Only the work history is used for the experience match, so it must be there. */
const resumeWithWorkHistoryField = () =>
	new Field<Record<string, unknown>>((input) => {
		const outcome = dictField().read(input);
		if (!outcome.ok) return outcome;
		const history = outcome.value.workExperiences;
		if (history === undefined) return { ok: false, error: { workExperiences: ['This field is required.'] } };
		if (!Array.isArray(history)) {
			return {
				ok: false,
				error: { workExperiences: [`Expected a list of items but got type "${pythonTypeName(history)}".`] },
			};
		}
		return outcome;
	});

const experienceSchema = {
	resume_data: resumeWithWorkHistoryField(),
	job_text: charField(),
	jobtitle: charField({ maxLength: 255 }),
};

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const KEY_LENGTH = 6;

export function resumeMatchHandlers(
	ctx: JobcaseContext,
): Pick<EndpointHandlers, 'submitResumeMatch' | 'getResumeMatch' | 'submitExperienceMatch'> {
	return {
		/** With `delay: true` the answer carries the key and no score yet; the first GET completes the match. */
		submitResumeMatch: (req) => {
			const input = requireValid(validateData(matchSchema, readRequestData(req).data));
			const store = ctx.store();
			const match: ResumeMatchRecord = {
				key: nextMatchKey(store),
				resumeData: input.resume_data,
				resumeText: input.resume_text ?? null,
				jobText: input.job_text,
				jobtitle: input.jobtitle ?? null,
				delay: input.delay,
				result: null,
			};
			if (!match.delay) completeMatch(store, match);
			store.matches.set(match.key, match);
			return json(201, representMatch(match));
		},
		getResumeMatch: (req) => {
			const store = ctx.store();
			const match = store.matches.get(req.params.key);
			if (!match) throw notFound();
			if (!match.result) completeMatch(store, match);
			return json(200, representMatch(match));
		},
		submitExperienceMatch: (req) => {
			const input = requireValid(validateData(experienceSchema, readRequestData(req).data));
			return json(200, matchExperience(input.resume_data, input.job_text, input.jobtitle, ctx.store().anchorMicros));
		},
	};
}

function completeMatch(store: JobcaseStore, match: ResumeMatchRecord): void {
	match.result = matchResume({
		resumeData: match.resumeData,
		resumeText: match.resumeText,
		jobText: match.jobText,
		jobtitle: match.jobtitle,
		nowMicros: store.anchorMicros,
	});
}

/** Looks random, but follows from the random seed and how many matches came before. */
function nextMatchKey(store: JobcaseStore): string {
	for (;;) {
		const digest = createHash('sha256').update(`${store.randomSeed}:match:${store.ids.match.next()}`).digest();
		const key = Array.from(digest.subarray(0, KEY_LENGTH), (byte) => KEY_ALPHABET[byte % KEY_ALPHABET.length]).join('');
		if (!store.matches.has(key)) return key;
	}
}

function representMatch(match: ResumeMatchRecord): Record<string, unknown> {
	return {
		key: match.key,
		resume_data: match.resumeData,
		resume_text: match.resumeText,
		job_text: match.jobText,
		jobtitle: match.jobtitle,
		delay: match.delay,
		score: match.result?.score ?? null,
		match_bucket_name: match.result?.matchBucketName ?? null,
		match_object: match.result?.matchObject ?? null,
	};
}
