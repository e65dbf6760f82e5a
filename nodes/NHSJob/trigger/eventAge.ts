import type { DeliveredEvent } from './deliveredEvents';
import type { SignatureSettings } from './signatureSettings';
import type { Verdict } from './verifyDelivery';

/**
 * Refuses a verified delivery whose signed body dates an event more than Maximum Event Age ago, or further in the
 * future than the replay window allows for clock differences. A captured delivery cannot be made to look recent,
 * since the time is covered by the signature. Events whose body carries no time field pass (their repeats are still
 * recognised for as long as `memoryMs` says); an event whose time field holds no readable time (neither ISO 8601 nor
 * Unix seconds or milliseconds) is refused, since its age cannot be checked. Maximum Event Age 0 turns all this off.
 */
export function checkEventAge(events: DeliveredEvent[], settings: SignatureSettings, now: number): Verdict {
	if (settings.maxEventAgeSeconds <= 0) return { ok: true };
	for (const event of events) {
		if (event.unreadableTime !== undefined) {
			const { field, value } = event.unreadableTime;
			const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
			return {
				ok: false,
				reason: `The event's "${field}" (${JSON.stringify(shown)}) is not a time (ISO 8601, or Unix seconds or milliseconds), so its age cannot be checked against the maximum event age (${settings.maxEventAgeSeconds} s)`,
			};
		}
		if (event.signedAt === undefined) continue;
		if (now - event.signedAt > settings.maxEventAgeSeconds * 1000) {
			return { ok: false, reason: `The event is older than the maximum event age (${settings.maxEventAgeSeconds} s) its signed body allows` };
		}
		if (event.signedAt - now > settings.replayWindowSeconds * 1000) {
			return { ok: false, reason: `The event's signed time is more than ${settings.replayWindowSeconds} s in the future` };
		}
	}
	return { ok: true };
}

/**
 * How long a delivery is remembered to refuse its repeats: as long as it could still pass the checks (the maximum
 * event age, or the replay window if longer), plus the replay window for clock differences.
 */
export function memoryMs(settings: SignatureSettings): number {
	const age = settings.maxEventAgeSeconds > 0 ? settings.maxEventAgeSeconds : DEFAULT_MAX_EVENT_AGE_SECONDS;
	return (Math.max(age, settings.replayWindowSeconds) + settings.replayWindowSeconds) * 1000;
}

/** One day: longer than a sender's retries usually go on, short enough to keep the memory small. */
export const DEFAULT_MAX_EVENT_AGE_SECONDS = 86_400;
