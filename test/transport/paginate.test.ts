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
	it('Return All over 10,000 records makes exactly 100 requests of 100 and returns every record once', async () => {
		const server = offsetServer(10_000);
		const records = await collectOffsetPages(server.fetchPage, { returnAll: true, maxPageSize: 100 });
		expect(server.calls).toHaveLength(100);
		expect(server.calls.every((call) => call.limit === 100)).toBe(true);
		expect(records).toHaveLength(10_000);
		expect(new Set(records).size).toBe(10_000);
		expect(records[9_999]).toBe(9_999);
	});

	it('a limit of 250 asks for 100, 100 and 50', async () => {
		const server = offsetServer(1_000);
		const records = await collectOffsetPages(server.fetchPage, { returnAll: false, limit: 250, maxPageSize: 100 });
		expect(server.calls.map((call) => call.limit)).toEqual([100, 100, 50]);
		expect(records).toHaveLength(250);
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
