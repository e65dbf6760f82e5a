import { collectNumberedPages, collectOffsetPages, forEachPageUntilEmpty } from '../../nodes/shared/transport/paginate';

/** A server-side list of `total` records served in offset/limit pages capped at `max`. */
function offsetServer(total: number, max = 100) {
	const calls: Array<{ offset: number; limit: number }> = [];
	const fetchPage = async ({ offset, limit }: { offset: number; limit: number }) => {
		calls.push({ offset, limit });
		const size = Math.min(limit, max);
		const results = Array.from({ length: Math.max(0, Math.min(size, total - offset)) }, (_, i) => offset + i);
		return { count: total, results };
	};
	return { calls, fetchPage };
}

describe('offset/limit pagination with {count, results}', () => {
	it('Return All over 10,000 records without a guard makes exactly 100 requests of 100 and returns every record once', async () => {
		const server = offsetServer(10_000);
		const records = await collectOffsetPages(server.fetchPage, { returnAll: true, maxPageSize: 100 });
		expect(server.calls).toHaveLength(100);
		expect(server.calls.every((call) => call.limit === 100)).toBe(true);
		expect(records).toHaveLength(10_000);
		expect(new Set(records).size).toBe(10_000);
		expect(records[9_999]).toBe(9_999);
	});

	it('with the guard the nodes use, each page overlaps the last by one record: 10,000 records cost 101 requests, not 100', async () => {
		const server = offsetServer(10_000);
		const records = await collectOffsetPages(server.fetchPage, { returnAll: true, maxPageSize: 100 }, guard());
		expect(server.calls).toHaveLength(101);
		expect(server.calls.slice(0, 4).map((call) => call.offset)).toEqual([0, 99, 198, 297]);
		expect(server.calls.every((call) => call.limit === 100)).toBe(true);
		expect(records).toEqual(range(0, 10_000));
	});

	it.each([
		[false, [100, 100, 50]],
		[true, [100, 100, 52]],
	])('a limit of 250 (guard: %s) asks for %j', async (guarded, limits) => {
		const server = offsetServer(1_000);
		const records = await collectOffsetPages(server.fetchPage, { returnAll: false, limit: 250, maxPageSize: 100 }, guarded ? guard() : undefined);
		expect(server.calls.map((call) => call.limit)).toEqual(limits);
		expect(records).toEqual(range(0, 250));
	});

	it('stops on the count even when it is not a multiple of the page size', async () => {
		const server = offsetServer(205);
		const records = await collectOffsetPages(server.fetchPage, { returnAll: true, maxPageSize: 100 });
		expect(server.calls).toHaveLength(3);
		expect(records).toHaveLength(205);
	});

	it('an empty list costs one request', async () => {
		const server = offsetServer(0);
		expect(await collectOffsetPages(server.fetchPage, { returnAll: true, maxPageSize: 100 })).toEqual([]);
		expect(server.calls).toHaveLength(1);
	});

	it('without a count, a short page ends the list', async () => {
		const calls: number[] = [];
		const records = await collectOffsetPages(
			async ({ offset }) => {
				calls.push(offset);
				return { results: offset < 200 ? Array(100).fill(offset) : Array(7).fill(offset) };
			},
			{ returnAll: true, maxPageSize: 100 },
		);
		expect(calls).toEqual([0, 100, 200]);
		expect(records).toHaveLength(207);
	});

	it('a server that caps pages below our page size still yields every record (offset follows what arrived)', async () => {
		const server = offsetServer(250, 40);
		const records = await collectOffsetPages(server.fetchPage, { returnAll: true, maxPageSize: 100 });
		expect(records).toEqual(Array.from({ length: 250 }, (_, i) => i));
	});
});

describe('page-number pagination with totals', () => {
	const numbered = (total: number, meta: 'total' | 'pages' | 'none') => {
		const calls: number[] = [];
		const fetchPage = async ({ pageNumber, pageSize }: { pageNumber: number; pageSize: number }) => {
			calls.push(pageNumber);
			const start = (pageNumber - 1) * pageSize;
			const items = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, i) => start + i);
			if (meta === 'total') return { items, total };
			if (meta === 'pages') return { items, totalPages: Math.ceil(total / pageSize) };
			return { items };
		};
		return { calls, fetchPage };
	};

	it.each(['total', 'pages', 'none'] as const)('1,000 records in pages of 100 take exactly 10 requests (meta: %s) when the last page is full', async (meta) => {
		const server = numbered(1_000, meta);
		const records = await collectNumberedPages(server.fetchPage, { returnAll: true, maxPageSize: 100 });
		expect(records).toHaveLength(1_000);
		// Without any meta the end of a list of exactly full pages shows only as an empty page.
		expect(server.calls).toHaveLength(meta === 'none' ? 11 : 10);
	});

	it('a limit smaller than a page asks for just that many', async () => {
		const sizes: number[] = [];
		await collectNumberedPages(
			async ({ pageSize }) => {
				sizes.push(pageSize);
				return { items: Array(pageSize).fill(0), total: 1_000 };
			},
			{ returnAll: false, limit: 30, maxPageSize: 100 },
		);
		expect(sizes).toEqual([30]);
	});
});

describe('offset pagination ended by an empty body', () => {
	it('hands each page over as it arrives and stops at the first empty page', async () => {
		const pages: number[][] = [];
		const total = await forEachPageUntilEmpty(
			async ({ offset, limit }) => Array.from({ length: Math.max(0, Math.min(limit, 250 - offset)) }, (_, i) => offset + i),
			{ returnAll: true, maxPageSize: 100 },
			(records) => {
				pages.push(records);
			},
		);
		expect(total).toBe(250);
		expect(pages.map((page) => page.length)).toEqual([100, 100, 50]);
	});

	it('respects a limit', async () => {
		let delivered = 0;
		await forEachPageUntilEmpty(
			async ({ limit }) => Array(limit).fill(1),
			{ returnAll: false, limit: 120, maxPageSize: 100 },
			(records) => {
				delivered += records.length;
			},
		);
		expect(delivered).toBe(120);
	});
});

/** The guard the nodes use, minus the node: identities as given, errors as plain Errors. */
const guard = <T = number>(recordId: (record: T) => unknown = (record) => record) => ({ recordId, broken: (problem: string) => new Error(problem) });

/** A mutable list served by offset/limit; `after` runs after each answer, as another user changing the list would. */
function mutableList(initial: number[], after: (list: number[], call: number) => void = () => undefined) {
	const list = [...initial];
	const calls: Array<{ offset: number; limit: number }> = [];
	return {
		list,
		calls,
		page: async ({ offset, limit }: { offset: number; limit: number }) => {
			calls.push({ offset, limit });
			const records = list.slice(offset, offset + limit);
			after(list, calls.length);
			return records;
		},
	};
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('the paging guard', () => {
	it('fails on a repeated page (the server ignored the offset) instead of looping', async () => {
		const fetchPage = async () => ({ count: 300, results: range(0, 100) });
		await expect(collectOffsetPages(fetchPage, { returnAll: true, maxPageSize: 100 }, guard())).rejects.toThrow(/ignored the paging parameter/);
		await expect(forEachPageUntilEmpty(async () => range(0, 100), { returnAll: true, maxPageSize: 100 }, () => undefined, guard())).rejects.toThrow(/ignored the paging parameter/);
	});

	it('drops a record that appears again on a later page', async () => {
		const pages = [range(0, 3), [2, 3, 4], [5]];
		const records = await collectNumberedPages(async ({ pageNumber }) => ({ items: pages[pageNumber - 1] ?? [], total: 6 }), { returnAll: true, maxPageSize: 3 }, guard());
		expect(records).toEqual(range(0, 6));
	});

	it('reads again when the count drops between pages, so no record moved back is skipped', async () => {
		const list = range(0, 250);
		let deleted = false;
		const records = await collectOffsetPages(
			async ({ offset, limit }) => {
				const page = { count: list.length, results: list.slice(offset, offset + limit) };
				if (!deleted) deleted = list.splice(0, 5).length > 0;
				return page;
			},
			{ returnAll: true, maxPageSize: 100 },
			guard(),
		);
		expect([...(records as number[])].sort((a, b) => a - b)).toEqual(range(0, 250));
	});
});

describe('Cegid-style pages without a count: overlap by one record', () => {
	it('costs about as many requests as without the overlap and returns every record once', async () => {
		const server = mutableList(range(0, 250));
		const seen: number[] = [];
		const positions: number[] = [];
		await forEachPageUntilEmpty(server.page, { returnAll: true, maxPageSize: 100 }, (records, at) => void (seen.push(...records), positions.push(...at)), guard());
		expect(seen).toEqual(range(0, 250));
		expect(positions).toEqual(range(0, 250));
		expect(server.calls.map((call) => call.offset)).toEqual([0, 99, 198, 249]);
	});

	it('steps back and reads again when records are deleted ahead of the reader', async () => {
		const server = mutableList(range(0, 250), (list, call) => void (call === 1 && list.splice(0, 5)));
		const seen: number[] = [];
		await forEachPageUntilEmpty(server.page, { returnAll: true, maxPageSize: 100 }, (records) => void seen.push(...records), guard());
		expect([...seen].sort((a, b) => a - b)).toEqual(range(0, 250));
		expect(new Set(seen).size).toBe(seen.length);
		expect(server.calls[1]).toEqual({ offset: 99, limit: 100 });
		expect(server.calls[2]).toEqual({ offset: 0, limit: 100 });
	});

	it('keeps every record once when records are inserted ahead of the reader', async () => {
		const server = mutableList(range(0, 250), (list, call) => void (call === 1 && list.unshift(...range(1000, 7))));
		const seen: number[] = [];
		await forEachPageUntilEmpty(server.page, { returnAll: true, maxPageSize: 100 }, (records) => void seen.push(...records), guard());
		expect(new Set(seen).size).toBe(seen.length);
		expect(range(0, 250).filter((record) => !seen.includes(record))).toEqual([]);
	});

	it('fails clearly when the list keeps moving back under the reader', async () => {
		let next = 0;
		const fetchPage = async ({ offset, limit }: { offset: number; limit: number }) => (offset === 0 ? range(0, limit) : range((next += 1000), limit));
		await expect(forEachPageUntilEmpty(fetchPage, { returnAll: true, maxPageSize: 100 }, () => undefined, guard())).rejects.toThrow(/records kept being deleted ahead of the reader/);
	});
});

/**
 * Another user changing a `{count, results}` list between two page reads: `change` runs once, after the
 * answer to request `after`. Every record that is in the list from start to end must be output, each once.
 */
const OFFSET_CHANGES: Array<{ name: string; after: number; change: (list: number[]) => void; requests: number }> = [
	{ name: 'a record read is deleted and another added at the end (count unchanged)', after: 1, change: (list) => void (list.splice(0, 1), list.push(1000)), requests: 5 },
	{ name: 'a record read moves to the end (count unchanged)', after: 1, change: (list) => void list.push(...list.splice(0, 1)), requests: 5 },
	{ name: 'five records read are deleted and five added at the end', after: 1, change: (list) => void (list.splice(10, 5), list.push(...range(1000, 5))), requests: 5 },
	{ name: 'five records read are deleted (count drops)', after: 1, change: (list) => void list.splice(0, 5), requests: 5 },
	{ name: 'a record read is deleted on the second page', after: 2, change: (list) => void (list.splice(150, 1), list.push(1000)), requests: 5 },
	{ name: 'seven records are inserted behind the reader', after: 1, change: (list) => void list.unshift(...range(2000, 7).map((id) => -id)), requests: 3 },
	{ name: 'records are deleted ahead of the reader', after: 1, change: (list) => void list.splice(200, 20), requests: 3 },
];

describe('Jobcase-style pages with a count: overlap by one record', () => {
	it.each(OFFSET_CHANGES)('$name: no record skipped, none output twice, $requests requests', async ({ after, change, requests }) => {
		const list = range(0, 250);
		const calls: Array<{ offset: number; limit: number }> = [];
		const records = await collectOffsetPages(
			async ({ offset, limit }) => {
				calls.push({ offset, limit });
				const page = { count: list.length, results: list.slice(offset, offset + limit) };
				if (calls.length === after) change(list);
				return page;
			},
			{ returnAll: true, maxPageSize: 100 },
			guard(),
		);
		expect(new Set(records).size).toBe(records.length);
		// Records there from start to end (a record added behind the reader is not promised).
		expect(list.filter((record) => record >= 0 && record < 1000 && !records.includes(record))).toEqual([]);
		expect(calls).toHaveLength(requests);
	});

	it('fails clearly when the list keeps moving back under the reader', async () => {
		let next = 0;
		const fetchPage = async ({ offset, limit }: { offset: number; limit: number }) => ({ count: 10_000, results: offset === 0 ? range(0, limit) : range((next += 1000), limit) });
		await expect(collectOffsetPages(fetchPage, { returnAll: true, maxPageSize: 100 }, guard())).rejects.toThrow(/the list kept changing while it was read/);
	});
});
