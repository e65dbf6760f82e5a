/**
 * The rules nodes/shared/zodCompat.ts writes out (so that zod 4 applies them too) decide as zod 3's own `.ip()`,
 * `.email()` and `.url()` did: users running on n8n's zod 3 see no change.
 */
import { z } from 'zod';

import { EMAIL_PATTERN, isIpAddress, isUrl } from '../../nodes/shared/zodCompat';

const ADDRESSES = [
	'203.0.113.7',
	'0.0.0.0',
	'255.255.255.255',
	'256.1.1.1',
	'010.1.1.1',
	'1.2.3',
	'1.2.3.4.5',
	' 1.2.3.4',
	'2001:db8::1',
	'::1',
	'::',
	'2001:0db8:0000:0000:0000:ff00:0042:8329',
	'::ffff:192.0.2.1',
	'64:ff9b::192.0.2.33',
	'fe80::1%eth0',
	'2001:db8::g',
	'2001:db8:::1',
	'1:2:3:4:5:6:7:8:9',
	'localhost',
	'',
];

const EMAILS = [
	'name@example.com',
	'First.Last+tag@example.co.uk',
	"o'brien@example.ie",
	'a_b-c@sub.example.org',
	'.name@example.com',
	'name.@example.com',
	'na..me@example.com',
	'name@example',
	'name@-example.com',
	'name@example.c',
	'name@@example.com',
	'name example@example.com',
	'"quoted"@example.com',
	'name@[192.0.2.1]',
	'name@exämple.com',
	'',
];

const URLS = [
	'https://example.com/cegid/events',
	'http://example.com',
	'https://exa mple.com',
	'https://',
	'ftp://example.com/file',
	'mailto:name@example.com',
	'example.com',
	'//example.com',
	'https://user:pass@example.com:8443/a?b=c#d',
	'https://例え.jp',
	'http://192.0.2.1:8080',
	'javascript:alert(1)',
	'',
];

describe("zodCompat's rules decide as zod 3's own", () => {
	it.each(ADDRESSES)('isIpAddress(%j) as z.string().ip()', (value) => {
		expect(isIpAddress(value)).toBe(z.string().ip().safeParse(value).success);
	});

	it.each(EMAILS)('EMAIL_PATTERN on %j as z.string().email()', (value) => {
		expect(EMAIL_PATTERN.test(value)).toBe(z.string().email().safeParse(value).success);
	});

	it.each(URLS)('isUrl(%j) as z.string().url()', (value) => {
		expect(isUrl(value)).toBe(z.string().url().safeParse(value).success);
	});
});
