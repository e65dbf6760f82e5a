/** Hands out 1, 2, 3, ... like a database primary key. */
export class IdSequence {
	private last: number;

	constructor(start = 0) {
		this.last = start;
	}

	next(): number {
		this.last += 1;
		return this.last;
	}

	/** Makes sure the next id is above `id` (after inserting rows with explicit ids). */
	advancePast(id: number): void {
		if (id > this.last) this.last = id;
	}
}
