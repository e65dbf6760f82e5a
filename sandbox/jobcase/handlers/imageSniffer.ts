/**
 * Recognises the image formats an image library reads, by their magic bytes, so the logo upload can refuse
 * non-images the way DRF's ImageField does.
 */
export function looksLikeImage(bytes: Buffer): boolean {
	const startsWith = (signature: number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);
	return (
		startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) || // PNG
		startsWith([0xff, 0xd8, 0xff]) || // JPEG
		startsWith([0x47, 0x49, 0x46, 0x38]) || // GIF
		(startsWith([0x52, 0x49, 0x46, 0x46]) && startsWith([0x57, 0x45, 0x42, 0x50], 8)) || // WebP
		startsWith([0x42, 0x4d]) || // BMP
		startsWith([0x49, 0x49, 0x2a, 0x00]) || // TIFF, little-endian
		startsWith([0x4d, 0x4d, 0x00, 0x2a]) || // TIFF, big-endian
		startsWith([0x00, 0x00, 0x01, 0x00]) // ICO
	);
}
