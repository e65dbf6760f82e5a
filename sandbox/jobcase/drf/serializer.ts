import { type ErrorTree, type FieldErrors, isPlainObject, pythonTypeName } from './errorTree';
import { Field, type Outcome } from './fields';
import { validationFailed } from './responses';

export type Schema = Record<string, Field<unknown>>;

export type Parsed<S extends Schema> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

export type Validation<S extends Schema> =
	| { readonly ok: true; readonly value: Parsed<S> }
	| { readonly ok: false; readonly errors: FieldErrors; readonly valid: Partial<Parsed<S>> };

/**
 * Validates every field at once and reports every failure, as a DRF serializer does. Unknown keys are ignored,
 * unless `rejectUnknown`: then each is reported as `{"name": ["Unknown field."]}` in the same 400, as a strict
 * serializer does (so a client that sends a field the endpoint does not take learns it was not applied).
 */
export function validateData<S extends Schema>(schema: S, data: unknown, options: { rejectUnknown?: boolean } = {}): Validation<S> {
	const source = data === undefined ? {} : data;
	if (!isPlainObject(source)) {
		return {
			ok: false,
			errors: { non_field_errors: [`Invalid data. Expected a dictionary, but got ${pythonTypeName(source)}.`] },
			valid: {},
		};
	}
	const value: Record<string, unknown> = {};
	const errors: FieldErrors = {};
	for (const [name, field] of Object.entries(schema)) {
		const outcome = readField(field, source[name]);
		if (outcome.ok) value[name] = outcome.value;
		else errors[name] = outcome.error;
	}
	if (options.rejectUnknown) {
		for (const name of Object.keys(source)) {
			if (!Object.prototype.hasOwnProperty.call(schema, name)) errors[name] = ['Unknown field.'];
		}
	}
	return Object.keys(errors).length > 0
		? { ok: false, errors, valid: value as Partial<Parsed<S>> }
		: { ok: true, value: value as Parsed<S> };
}

/**
 * Runs the checks that need the store (relations, uniqueness) on the fields that passed and merges their errors
 * with the field errors, so one 400 reports everything as DRF does. `objectCheck` is DRF's `validate()`: it runs
 * only once every field is valid. Throws the 400, or returns the value.
 */
export function requireValid<S extends Schema>(
	result: Validation<S>,
	fieldChecks: (valid: Partial<Parsed<S>>) => FieldErrors = () => ({}),
	objectCheck: (value: Parsed<S>) => FieldErrors = () => ({}),
): Parsed<S> {
	const valid = result.ok ? result.value : result.valid;
	const fieldErrors: FieldErrors = { ...(result.ok ? {} : result.errors), ...fieldChecks(valid) };
	if (Object.keys(fieldErrors).length > 0) throw validationFailed(fieldErrors);
	const objectErrors = objectCheck(valid as Parsed<S>);
	if (Object.keys(objectErrors).length > 0) throw validationFailed(objectErrors);
	return valid as Parsed<S>;
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
