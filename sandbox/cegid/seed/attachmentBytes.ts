import type { SeededRandom } from '../../core/random';

/**
 * Bytes that look like a PDF (header, objects, a binary stream, trailer) so files are recognisable,
 * and whose binary stream covers every byte value so any corruption in transit shows.
 */
export function pdfLikeBytes(random: SeededRandom, title: string, streamBytes: number): Buffer {
	const stream = Buffer.alloc(streamBytes);
	for (let index = 0; index < streamBytes; index++) stream[index] = index < 256 ? index : random.int(0, 255);
	return Buffer.concat([
		Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
		Buffer.from(`1 0 obj << /Type /Catalog /Title (${title}) >> endobj\n2 0 obj << /Length ${streamBytes} >>\nstream\n`, 'latin1'),
		stream,
		Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
	]);
}

/** A deterministic UUID-shaped id. */
export function uuidLike(random: SeededRandom): string {
	const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16)).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}
