/**
 * The emulated Jobtrain's clock: real time plus an offset the control API can advance (to expire
 * tokens or age changes out of the 24-hour export without waiting). Stamps for changes are strictly
 * increasing, so every change has its own time.
 */
export class SandboxClock {
	private offsetMs = 0;
	private lastStamp = 0;

	now(): number {
		return Date.now() + this.offsetMs;
	}

	advance(ms: number): number {
		this.offsetMs += ms;
		return this.now();
	}

	/** A change time: now, or 1 ms after the previous change when that is later. */
	stamp(): number {
		this.lastStamp = Math.max(this.now(), this.lastStamp + 1);
		return this.lastStamp;
	}

	reset(): void {
		this.offsetMs = 0;
		this.lastStamp = 0;
	}
}

export const iso = (ms: number): string => new Date(ms).toISOString();
