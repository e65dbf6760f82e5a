import { isIP } from 'node:net';

import { formatInstant, parseIsoDateTime } from './datetime';
import { type ErrorTree, isPlainObject, pythonTypeName } from './errorTree';

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorTree };

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const fail = (...messages: string[]): Outcome<never> => ({ ok: false, error: messages });

/**
 * One serializer field: how to read a present, non-null value, and what happens when the value is absent or null.
 * Messages are Django REST Framework's own wording, so clients see what the real API would send.
 */
export class Field<T> {
	constructor(
		readonly read: (input: unknown) => Outcome<T>,
		readonly required = true,
		readonly fallback?: () => T,
		readonly allowNull = false,
	) {}

	optional(): Field<T | undefined> {
		return new Field<T | undefined>(this.read, false, this.fallback, this.allowNull);
	}

	withDefault(make: () => T): Field<T> {
		return new Field<T>(this.read, false, make, this.allowNull);
	}

	nullable(): Field<T | null> {
		return new Field<T | null>(this.read, this.required, this.fallback, true);
	}

	/** Adds a check run after a successful read. */
	refine(check: (value: T) => string | undefined): Field<T> {
		const read = (input: unknown): Outcome<T> => {
			const outcome = this.read(input);
			if (!outcome.ok) return outcome;
			const message = check(outcome.value);
			return message === undefined ? outcome : fail(message);
		};
		return new Field<T>(read, this.required, this.fallback, this.allowNull);
	}
}

interface LengthRules {
	readonly minLength?: number;
	readonly maxLength?: number;
	readonly exactLength?: number;
}

function checkLength(text: string, rules: LengthRules): string | undefined {
	if (rules.exactLength !== undefined && text.length !== rules.exactLength) {
		return `Ensure this field has exactly ${rules.exactLength} characters.`;
	}
	if (rules.maxLength !== undefined && text.length > rules.maxLength) {
		return `Ensure this field has no more than ${rules.maxLength} characters.`;
	}
	if (rules.minLength !== undefined && text.length < rules.minLength) {
		return `Ensure this field has at least ${rules.minLength} characters.`;
	}
	return undefined;
}

/** Like DRF's CharField: numbers are accepted and turned into text, surrounding whitespace is trimmed. */
export function charField(rules: LengthRules & { allowBlank?: boolean } = {}): Field<string> {
	return new Field((input) => {
		if (typeof input !== 'string' && typeof input !== 'number') return fail('Not a valid string.');
		const text = String(input).trim();
		if (text === '') return rules.allowBlank ? ok(text) : fail('This field may not be blank.');
		const lengthError = checkLength(text, rules);
		return lengthError ? fail(lengthError) : ok(text);
	});
}

/** A char field that keeps a number as a number in the echo (the reference shows `"jobZipCode": 94111`). */
export function postalCodeField(rules: LengthRules): Field<string | number> {
	const text = charField(rules);
	return new Field((input) => {
		const outcome = text.read(input);
		if (!outcome.ok) return outcome;
		return ok(typeof input === 'number' ? input : outcome.value);
	});
}

const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export function isValidEmail(text: string): boolean {
	return EMAIL.test(text) && !text.includes('..');
}

export function emailField(): Field<string> {
	return charField().refine((text) => (isValidEmail(text) ? undefined : 'Enter a valid email address.'));
}

/** Django's URLValidator in short: http(s), and a host that is a domain with a TLD, localhost or an IP. */
export function isValidHttpUrl(text: string): boolean {
	if (/\s/.test(text)) return false;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return false;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
	const host = url.hostname.replace(/^\[|\]$/g, '');
	return host === 'localhost' || isIP(host) !== 0 || /^([a-z0-9-]+\.)+[a-z]{2,63}\.?$/i.test(host);
}

export function urlField(): Field<string> {
	return charField().refine((text) => (isValidHttpUrl(text) ? undefined : 'Enter a valid URL.'));
}

export function ipAddressField(): Field<string> {
	return charField().refine((text) => (isIP(text) !== 0 ? undefined : 'Enter a valid IPv4 or IPv6 address.'));
}

export function integerField(bounds: { min?: number; max?: number } = {}): Field<number> {
	return new Field((input) => {
		const value = toInteger(input);
		if (value === undefined) return fail('A valid integer is required.');
		if (bounds.min !== undefined && value < bounds.min) {
			return fail(`Ensure this value is greater than or equal to ${bounds.min}.`);
		}
		if (bounds.max !== undefined && value > bounds.max) {
			return fail(`Ensure this value is less than or equal to ${bounds.max}.`);
		}
		return ok(value);
	});
}

export function toInteger(input: unknown): number | undefined {
	if (typeof input === 'number') return Number.isInteger(input) ? input : undefined;
	if (typeof input === 'string' && /^\s*-?\d+(\.0*)?\s*$/.test(input)) return Math.trunc(Number(input));
	return undefined;
}

/** DRF's ChoiceField: matches on the text form, so `"4"` and `4` both select the choice 4. */
export function choiceField<T extends string | number>(choices: readonly T[]): Field<T> {
	return new Field((input) => {
		if (typeof input !== 'string' && typeof input !== 'number') return fail(`"${String(input)}" is not a valid choice.`);
		const choice = choices.find((candidate) => String(candidate) === String(input));
		return choice === undefined ? fail(`"${String(input)}" is not a valid choice.`) : ok(choice);
	});
}

/** DRF's DecimalField, answered as a JSON number. */
export function decimalField(rules: { minValue?: number; maxDecimalPlaces?: number }): Field<number> {
	return new Field((input) => {
		const text = typeof input === 'number' ? String(input) : typeof input === 'string' ? input.trim() : undefined;
		if (text === undefined || !/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return fail('A valid number is required.');
		const value = Number(text);
		if (!Number.isFinite(value)) return fail('A valid number is required.');
		if (rules.maxDecimalPlaces !== undefined && decimalPlaces(value) > rules.maxDecimalPlaces) {
			return fail(`Ensure that there are no more than ${rules.maxDecimalPlaces} decimal places.`);
		}
		if (rules.minValue !== undefined && value < rules.minValue) {
			return fail(`Ensure this value is greater than or equal to ${rules.minValue}.`);
		}
		return ok(value);
	});
}

function decimalPlaces(value: number): number {
	const [mantissa, exponent] = value.toString().toLowerCase().split('e');
	const fractionDigits = (mantissa.split('.')[1] ?? '').length;
	return Math.max(0, fractionDigits - Number(exponent ?? 0));
}

const TRUE_VALUES = new Set<unknown>([true, 1, 'true', 'True', 'TRUE', '1', 'yes', 'Yes', 'on', 'On', 't', 'T', 'y', 'Y']);
const FALSE_VALUES = new Set<unknown>([false, 0, 'false', 'False', 'FALSE', '0', 'no', 'No', 'off', 'Off', 'f', 'F', 'n', 'N']);

export function booleanField(): Field<boolean> {
	return new Field((input) => {
		if (TRUE_VALUES.has(input)) return ok(true);
		if (FALSE_VALUES.has(input)) return ok(false);
		return fail('Must be a valid boolean.');
	});
}

export interface DateTimeValue {
	readonly epochMicros: number;
	/** Normalised to UTC in Python's isoformat. */
	readonly iso: string;
}

export function dateTimeField(): Field<DateTimeValue> {
	return new Field((input) => {
		const instant = typeof input === 'string' ? parseIsoDateTime(input) : undefined;
		if (!instant) {
			return fail(
				'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
			);
		}
		return ok({ epochMicros: instant.epochMicros, iso: formatInstant(instant.epochMicros) });
	});
}

export function listField<T>(child: Field<T>, rules: { maxLength?: number; allowEmpty?: boolean } = {}): Field<T[]> {
	return new Field((input) => {
		if (!Array.isArray(input)) return fail(`Expected a list of items but got type "${pythonTypeName(input)}".`);
		if (rules.allowEmpty === false && input.length === 0) return fail('This list may not be empty.');
		if (rules.maxLength !== undefined && input.length > rules.maxLength) {
			return fail(`Ensure this field has no more than ${rules.maxLength} elements.`);
		}
		const values: T[] = [];
		const errors: Record<string, ErrorTree> = {};
		input.forEach((item, index) => {
			const outcome = item === null ? fail('This field may not be null.') : child.read(item);
			if (outcome.ok) values.push(outcome.value);
			else errors[String(index)] = outcome.error;
		});
		return Object.keys(errors).length > 0 ? { ok: false, error: errors } : ok(values);
	});
}

export function dictField(): Field<Record<string, unknown>> {
	return new Field((input) =>
		isPlainObject(input) ? ok({ ...input }) : fail(`Expected a dictionary of items but got type "${pythonTypeName(input)}".`),
	);
}
