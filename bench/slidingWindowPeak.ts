/** The largest number of timestamps that fall inside any window of `windowMs`. */
export function slidingWindowPeak(timestamps: number[], windowMs: number): number {
	const sorted = [...timestamps].sort((a, b) => a - b);
	let peak = 0;
	let start = 0;
	for (let end = 0; end < sorted.length; end++) {
		while (sorted[end] - sorted[start] >= windowMs) start++;
		peak = Math.max(peak, end - start + 1);
	}
	return peak;
}
