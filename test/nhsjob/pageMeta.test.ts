import { collectNumberedPages } from '../../nodes/shared/transport/paginate';
import { readPageEnd } from '../../nodes/NHSJob/transport/pageMeta';

/** Serves `total` records in pages, describing each page with `describe`, and counts the calls. */
async function readAll(total: number, describe: (page: number, pageSize: number, served: number) => unknown, serverMaxPageSize = 100) {
	let calls = 0;
	const records = await collectNumberedPages<number>(
		async ({ pageNumber, pageSize: asked }) => {
			calls++;
			const pageSize = Math.min(asked, serverMaxPageSize);
			const start = (pageNumber - 1) * pageSize;
			const items = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, index) => start + index);
			return { items, ...readPageEnd(describe(pageNumber, pageSize, start + items.length), pageNumber) };
		},
		{ returnAll: true, maxPageSize: 100 },
	);
	return { records, calls };
}

describe('NHSJob list meta, in the spellings APIs use', () => {
	it.each([
		['total_count', (_page: number, _size: number) => ({ total_count: 300 })],
		['totalPages', (_page: number, size: number) => ({ totalPages: Math.ceil(300 / size) })],
		['pagination.total under meta', () => ({ pagination: { total: 300, per_page: 100 } })],
		['hasMore', (_page: number, _size: number, served: number) => ({ hasMore: served < 300 })],
		['next_page null on the last page', (page: number, _size: number, served: number) => ({ next_page: served < 300 ? page + 1 : null })],
		['links.next null on the last page', (page: number, _size: number, served: number) => ({ links: { next: served < 300 ? `/jobs?page=${page + 1}` : null } })],
	])('with %s, 300 records take exactly 3 requests', async (_label, describe) => {
		const { records, calls } = await readAll(300, describe);
		expect(records).toEqual(Array.from({ length: 300 }, (_, index) => index));
		expect(calls).toBe(3);
	});

	it('ignores what it cannot read and falls back to the short page', async () => {
		const { records, calls } = await readAll(250, () => ({ count: 100, cursor: 'abc' }));
		expect(records).toHaveLength(250);
		expect(calls).toBe(3);
	});

	it('follows a total past short pages, for servers that serve fewer than asked', async () => {
		const { records, calls } = await readAll(120, () => ({ total: '120' }), 50);
		expect(records).toHaveLength(120);
		expect(calls).toBe(3);
	});
});
