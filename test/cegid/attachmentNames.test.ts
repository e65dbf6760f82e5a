import { type HostileServer, startHostileServer } from '../fixtures/hostile-server';
import { onePage, runCegid } from './hostileExportServer';

/**
 * Attachment names and types come from the server: a name is cut to its base name (no directory, no
 * `..`, no control characters), and a declared MIME type the content contradicts is replaced by the
 * content's, noted on the attachment as `typeMismatch`.
 */
let server: HostileServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

const base64 = (text: string) => Buffer.from(text, 'latin1').toString('base64');

describe('Cegid export attachments: names and types checked', () => {
	it('a path as file name, HTML declared for text, and a program declared as a PDF', async () => {
		const pdf = '%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n';
		server = await startHostileServer(
			onePage([
				{
					candidateDetail: { id: '_TS-1' },
					attachments: [
						{ id: '__proto__', filename: '../../../../home/node/.n8n/config', mimeType: 'text/html', content: base64('<script>alert(document.cookie)</script>') },
						{ id: 'constructor', filename: 'cv.pdf', mimeType: 'application/pdf', content: base64('MZ\x90\x00 this is a windows program') },
						{ id: 'a3', filename: 'C:\\Users\\x\\..\\letter\u0007.pdf', mimeType: 'application/pdf', content: base64(pdf) },
						{ id: 'a4', filename: '..', mimeType: 'application/pdf', content: base64(pdf) },
					],
				},
			]),
		);
		const result = await runCegid(server, { resource: 'candidate', operation: 'getAll', returnAll: false, limit: 1, attachments: 'all' });
		expect(result.items[0].json.error).toBeUndefined();
		const binary = result.items[0].binary ?? {};
		const seen = Object.fromEntries(Object.entries(binary).map(([key, data]) => [key, { fileName: data.fileName, directory: data.directory, mimeType: data.mimeType }]));
		expect(seen).toEqual({
			attachment_0: { fileName: 'config', directory: undefined, mimeType: 'text/plain' },
			attachment_1: { fileName: 'cv.pdf', directory: undefined, mimeType: 'application/x-msdownload' },
			attachment_2: { fileName: 'letter.pdf', directory: undefined, mimeType: 'application/pdf' },
			attachment_3: { fileName: 'a4', directory: undefined, mimeType: 'application/pdf' },
		});
		const attachments = result.items[0].json.attachments as Array<Record<string, unknown>>;
		expect(attachments.map((attachment) => attachment.typeMismatch)).toEqual([
			{ declaredMimeType: 'text/html', detectedMimeType: 'text/plain', content: 'text' },
			{ declaredMimeType: 'application/pdf', detectedMimeType: 'application/x-msdownload', content: 'executable' },
			undefined,
			undefined,
		]);
		expect((await result.binary(0, 'attachment_1')).toString('latin1')).toBe('MZ\x90\x00 this is a windows program');
	});
});
