import { HttpError } from '../../core/httpError';

export type ExportCorruption = 'truncated' | 'notZip' | 'badCrc' | 'badLength';

export interface ExportFaultSpec {
	readonly resource: 'vacancies' | 'candidates';
	readonly kind: ExportCorruption;
	/** How many non-empty export answers to corrupt. Default 1. */
	readonly count?: number;
}

const KINDS: readonly ExportCorruption[] = ['truncated', 'notZip', 'badCrc', 'badLength'];

/** Corrupted export pages, to check that clients report them instead of crashing. */
export class ExportFaults {
	private faults: Array<{ resource: string; kind: ExportCorruption; remaining: number }> = [];

	add(input: unknown): ExportFaultSpec {
		const spec = (input ?? {}) as Record<string, unknown>;
		if (spec.resource !== 'vacancies' && spec.resource !== 'candidates') throw bad('resource must be "vacancies" or "candidates"');
		if (!KINDS.includes(spec.kind as ExportCorruption)) throw bad(`kind must be one of ${KINDS.join(', ')}`);
		const count = spec.count ?? 1;
		if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) throw bad('count must be a positive integer');
		this.faults.push({ resource: spec.resource, kind: spec.kind as ExportCorruption, remaining: count });
		return { resource: spec.resource, kind: spec.kind as ExportCorruption, count };
	}

	/** Applies the oldest fault armed for `resource` to a page made of `archives`, if any. */
	apply(resource: string, archives: Buffer[], framed: (archives: Buffer[]) => Buffer): Buffer {
		const fault = this.faults.find((candidate) => candidate.resource === resource);
		if (!fault || archives.length === 0) return framed(archives);
		fault.remaining--;
		if (fault.remaining <= 0) this.faults = this.faults.filter((candidate) => candidate !== fault);
		const last = archives.length - 1;
		switch (fault.kind) {
			case 'truncated': {
				const body = framed(archives);
				return body.subarray(0, body.length - Math.ceil(archives[last].length / 2));
			}
			case 'badLength': {
				const body = framed(archives);
				body.writeUInt32LE(0xfffffff0, body.length - archives[last].length - 4);
				return body;
			}
			case 'notZip':
				return framed([...archives.slice(0, last), Buffer.alloc(archives[last].length, 0x41)]);
			case 'badCrc': {
				const damaged = Buffer.from(archives[last]);
				// The first entry's data starts after its 30-byte local header and name; flip a byte in it.
				const dataStart = 30 + damaged.readUInt16LE(26) + damaged.readUInt16LE(28);
				damaged[dataStart + 1] ^= 0xff;
				return framed([...archives.slice(0, last), damaged]);
			}
		}
	}

	clear(): void {
		this.faults = [];
	}
}

function bad(message: string): HttpError {
	return new HttpError(400, { error: `Invalid export fault: ${message}.` });
}
