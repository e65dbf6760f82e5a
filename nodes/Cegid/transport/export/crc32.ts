/**
 * CRC-32 as ZIP uses it (ISO 3309: reflected polynomial 0xEDB88320, initial and final value 0xFFFFFFFF),
 * eight bytes per step ("slicing by 8"): table k holds the CRC of a byte followed by k zero bytes.
 */
const POLYNOMIAL = 0xedb88320;
const TABLES = new Int32Array(8 * 256);
for (let byte = 0; byte < 256; byte++) {
	let crc = byte;
	for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? POLYNOMIAL ^ (crc >>> 1) : crc >>> 1;
	TABLES[byte] = crc;
}
for (let byte = 0; byte < 256; byte++) {
	for (let table = 1; table < 8; table++) {
		const previous = TABLES[(table - 1) * 256 + byte];
		TABLES[table * 256 + byte] = (previous >>> 8) ^ TABLES[previous & 0xff];
	}
}

/** The CRC-32 of `data`, as an unsigned 32-bit number (what a ZIP directory stores). */
export function crc32(data: Uint8Array): number {
	const t = TABLES;
	const length = data.length;
	let crc = -1;
	let index = 0;
	for (const fastEnd = length - 7; index < fastEnd; index += 8) {
		crc ^= data[index] | (data[index + 1] << 8) | (data[index + 2] << 16) | (data[index + 3] << 24);
		crc =
			t[1792 + (crc & 0xff)] ^
			t[1536 + ((crc >>> 8) & 0xff)] ^
			t[1280 + ((crc >>> 16) & 0xff)] ^
			t[1024 + (crc >>> 24)] ^
			t[768 + data[index + 4]] ^
			t[512 + data[index + 5]] ^
			t[256 + data[index + 6]] ^
			t[data[index + 7]];
	}
	for (; index < length; index++) crc = (crc >>> 8) ^ t[(crc ^ data[index]) & 0xff];
	return ~crc >>> 0;
}
