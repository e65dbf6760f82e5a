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
}
