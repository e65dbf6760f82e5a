/**
 * Schema building blocks that behave the same under zod 3 and zod 4.
 *
 * The pack does not ship zod: inside n8n, `require('zod')` finds n8n's zod 3 through NODE_PATH, unless another
 * community package has put a zod into `~/.n8n/nodes/node_modules` (Node searches parent folders first), which may
 * be zod 4. So schemas use only what both lines of zod read the same way: no `.ip()` (gone in zod 4), no
 * `required_error` / `invalid_type_error` / `errorMap` on their own (zod 4 ignores them), no `.email()` / `.url()`
 * (their rules differ between the two), `z.record` with both key and value schemas.
 */

/** zod 3's rule for `.email()`, written out so that zod 4 (whose `.email()` differs) applies the same one. */
export const EMAIL_PATTERN = /^(?!\.)(?!.*\.\.)([A-Z0-9_'+\-.]*)[A-Z0-9_+-]@([A-Z0-9][A-Z0-9-]*\.)+[A-Z]{2,}$/i;

/** zod 3's rule for `.url()`: anything the WHATWG URL parser accepts (zod 4 adds its own hostname rules). */
export function isUrl(value: string): boolean {
	try {
		new URL(value);
		return true;
	} catch {
		return false;
	}
}

const IPV4_PART = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const IPV4 = new RegExp(`^(?:${IPV4_PART}\\.){3}${IPV4_PART}$`);
const H = '[0-9a-fA-F]{1,4}';
const V4_TAIL = '((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])';
/** zod 3's `.ip()` rule for IPv6, including zone IDs on link-local addresses and IPv4-mapped forms. */
const IPV6 = new RegExp(
	`^((${H}:){7,7}${H}|(${H}:){1,7}:|(${H}:){1,6}:${H}|(${H}:){1,5}(:${H}){1,2}|(${H}:){1,4}(:${H}){1,3}|(${H}:){1,3}(:${H}){1,4}|(${H}:){1,2}(:${H}){1,5}|${H}:((:${H}){1,6})|:((:${H}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}${V4_TAIL}|(${H}:){1,4}:${V4_TAIL})$`,
);

/** An IPv4 or IPv6 address, as zod 3's `.ip()` decided (zod 4 has no `.ip()`). */
export function isIpAddress(value: string): boolean {
	return IPV4.test(value) || IPV6.test(value);
}

/**
 * The messages for a missing value and a value of the wrong type, for `z.string(…)`, `z.number(…)`,
 * `z.record(…)`: zod 3 reads `required_error` / `invalid_type_error`, zod 4 calls `error`. A message left out
 * keeps zod's own, which nodes/shared/validate.ts words the same for both.
 */
export function typeMessages(messages: { required?: string; invalidType?: string }): {
	required_error?: string;
	invalid_type_error?: string;
	error: (issue: { code?: string; input?: unknown }) => string | undefined;
} {
	return {
		...(messages.required === undefined ? {} : { required_error: messages.required }),
		...(messages.invalidType === undefined ? {} : { invalid_type_error: messages.invalidType }),
		error: (issue) => {
			if (issue.input === undefined) return messages.required;
			return issue.code === 'invalid_type' ? messages.invalidType : undefined;
		},
	};
}
