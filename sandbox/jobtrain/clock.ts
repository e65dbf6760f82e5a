/**
 * The emulated Jobtrain's clock: real time plus an offset the control API can move (to expire tokens,
 * age changes out of the 24-hour export, or run Jobtrain's clock apart from n8n's). By default change
 * stamps are strictly increasing, so every change has its own time; with a coarser resolution (whole
 * seconds or minutes) stamps are truncated and changes made close together share one.
 */
export class SandboxClock {
	private offsetMs = 0;
	private lastStamp = 0;
	private resolutionMs = 1;

	now(): number {
		return Date.now() + this.offsetMs;
	}

	advance(ms: number): number {
		this.offsetMs += ms;
		return this.now();
	}

	/** Sets how far Jobtrain's clock is from real time (negative: behind). */
	setOffset(ms: number): number {
		this.offsetMs = ms;
		this.lastStamp = 0;
		return this.now();
	}

	/** Truncates future stamps to whole multiples of `ms` (1: milliseconds, strictly increasing). */
	setResolution(ms: number): void {
		this.resolutionMs = Math.max(1, Math.floor(ms));
	}

	/** A change time: now (truncated to the resolution), or 1 ms after the previous change when that is later. */
	stamp(): number {
		if (this.resolutionMs > 1) return Math.floor(this.now() / this.resolutionMs) * this.resolutionMs;
		this.lastStamp = Math.max(this.now(), this.lastStamp + 1);
		return this.lastStamp;
	}

	reset(): void {
		this.offsetMs = 0;
		this.lastStamp = 0;
		this.resolutionMs = 1;
	}
}

export const iso = (ms: number): string => new Date(ms).toISOString();
