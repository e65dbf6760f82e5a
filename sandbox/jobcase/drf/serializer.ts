import { type ErrorTree, type FieldErrors, isPlainObject, pythonTypeName } from './errorTree';
import { Field, type Outcome } from './fields';

export type Schema = Record<string, Field<unknown>>;

export type Parsed<S extends Schema> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

export type Validation<S extends Schema> =
	| { readonly ok: true; readonly value: Parsed<S> }
	| { readonly ok: false; readonly errors: FieldErrors };

/**
 * Validates every field at once and reports every failure, as a DRF serializer does. Unknown keys are ignored.
 */
export function validateData<S extends Schema>(schema: S, data: unknown): Validation<S> {
	const source = data === undefined ? {} : data;
	if (!isPlainObject(source)) {
		return {
			ok: false,
			errors: { non_field_errors: [`Invalid data. Expected a dictionary, but got ${pythonTypeName(source)}.`] },
		};
	}
	const value: Record<string, unknown> = {};
	const errors: FieldErrors = {};
	for (const [name, field] of Object.entries(schema)) {
		const outcome = readField(field, source[name]);
		if (outcome.ok) value[name] = outcome.value;
		else errors[name] = outcome.error;
	}
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: value as Parsed<S> };
}

function readField(field: Field<unknown>, input: unknown): Outcome<unknown> {
	if (input === undefined) {
		if (field.required) return { ok: false, error: ['This field is required.'] };
		return { ok: true, value: field.fallback ? field.fallback() : undefined };
	}
	if (input === null) {
		return field.allowNull ? { ok: true, value: null } : { ok: false, error: ['This field may not be null.'] };
	}
	return field.read(input);
}

/** A nested serializer as a field. */
export function nestedField<S extends Schema>(schema: S): Field<Parsed<S>> {
	return new Field((input) => {
		if (!isPlainObject(input)) {
			return {
				ok: false,
				error: { non_field_errors: [`Invalid data. Expected a dictionary, but got ${pythonTypeName(input)}.`] },
			};
		}
		const result = validateData(schema, input);
		return result.ok ? { ok: true, value: result.value } : { ok: false, error: result.errors as ErrorTree };
	});
}
