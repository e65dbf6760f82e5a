import { explainErrorBody } from '../../nodes/shared/errors';
import { encodeMultipart } from '../../nodes/shared/multipart';
import { fillPath, joinUrl } from '../../nodes/shared/transport/apiClient';

describe('paths', () => {
	it('encodes path parameters so an ID cannot change the path', () => {
		expect(fillPath('/job/{jobId}/expire/', { jobId: '1/2 3' })).toBe('/job/1%2F2%203/expire/');
		expect(() => fillPath('/job/{jobId}/expire/', { jobId: '1/../../company' })).toThrow('would change the request path');
	});

	it('joins a base URL and a path with exactly one slash', () => {
		expect(joinUrl('https://a.test/api/v1/', '/job/')).toBe('https://a.test/api/v1/job/');
		expect(joinUrl('https://a.test/api/v1', 'job/')).toBe('https://a.test/api/v1/job/');
	});
});

describe('provider error bodies', () => {
	it('reads the shapes providers use', () => {
		expect(explainErrorBody({ detail: 'Invalid API key.' })).toBe('Invalid API key.');
		expect(explainErrorBody({ companyState: ['Ensure this field has exactly 2 characters.'] })).toBe(
			'companyState: Ensure this field has exactly 2 characters.',
		);
		expect(explainErrorBody({ error: 'invalid_client', error_description: 'Bad secret' })).toBe('Bad secret');
		expect(explainErrorBody({ errors: [{ message: 'Email taken' }] })).toBe('Email taken');
		expect(explainErrorBody('Service Unavailable')).toBe('Service Unavailable');
		expect(explainErrorBody(undefined)).toBe('');
	});
});

describe('multipart encoding', () => {
	it('produces a body that a standard parser reads back byte for byte', async () => {
		const bytes = Buffer.from([0, 1, 2, 255, 13, 10, 45, 45]);
		const { body, contentType } = encodeMultipart([
			{ name: 'firstName', value: 'Ada' },
			{ name: 'resume', file: { bytes, fileName: 'cv "final".pdf', mimeType: 'application/pdf' } },
		]);
		const form = await new Response(body, { headers: { 'Content-Type': contentType } }).formData();
		expect(form.get('firstName')).toBe('Ada');
		const file = form.get('resume') as File;
		expect(file.type).toBe('application/pdf');
		expect(Buffer.from(await file.arrayBuffer())).toEqual(bytes);
	});
});
