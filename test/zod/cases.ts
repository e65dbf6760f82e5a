/**
 * Inputs for a schema, generated from the schema itself: its fields (nested objects included), which are optional,
 * their kind (text, number, boolean, list, record, choice) and, for choices, the allowed values. Each field is tried
 * with a pool of values of every kind (right and wrong types, empty, blank, too long, malformed and well-formed
 * addresses, IDs, dates, numbers at and beyond limits) on top of a valid input found with the schema itself.
 *
 * The walk reads zod 3's definitions (`_def.typeName`): it runs on the zod 3 copy of a schema; the inputs it makes
 * are then given to both zod copies.
 */

interface ZodLike {
	_def: Record<string, unknown> & { typeName: string };
	safeParse(input: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } };
}

type Kind =
	| { kind: 'object'; fields: Field[] }
	| { kind: 'array'; element: Kind }
	| { kind: 'enum'; values: string[] }
	| { kind: 'string' | 'number' | 'boolean' | 'record' | 'unknown' }
	| { kind: 'union'; options: Kind[] };

interface Field {
	readonly name: string;
	readonly optional: boolean;
	readonly type: Kind;
}

export interface Case {
	readonly description: string;
	readonly input: Record<string, unknown>;
}

function describe(schema: ZodLike): { optional: boolean; type: Kind } {
	const def = schema._def;
	switch (def.typeName) {
		case 'ZodOptional':
		case 'ZodNullable':
		case 'ZodDefault':
			return { ...describe(def.innerType as ZodLike), optional: true };
		case 'ZodEffects':
			return describe(def.schema as ZodLike);
		case 'ZodPipeline':
			return describe(def.in as ZodLike);
		case 'ZodObject': {
			const shape = (def.shape as () => Record<string, ZodLike>)();
			const fields = Object.entries(shape).map(([name, field]) => ({ name, ...describe(field) }));
			return { optional: false, type: { kind: 'object', fields } };
		}
		case 'ZodArray':
			return { optional: false, type: { kind: 'array', element: describe(def.type as ZodLike).type } };
		case 'ZodEnum':
			return { optional: false, type: { kind: 'enum', values: def.values as string[] } };
		case 'ZodUnion':
			return { optional: false, type: { kind: 'union', options: (def.options as ZodLike[]).map((option) => describe(option).type) } };
		case 'ZodString':
			return { optional: false, type: { kind: 'string' } };
		case 'ZodNumber':
			return { optional: false, type: { kind: 'number' } };
		case 'ZodBoolean':
			return { optional: false, type: { kind: 'boolean' } };
		case 'ZodRecord':
			return { optional: false, type: { kind: 'record' } };
		case 'ZodUnknown':
		case 'ZodAny':
			return { optional: false, type: { kind: 'unknown' } };
		default:
			throw new Error(`The case generator does not know ${def.typeName}: teach test/zod/cases.ts about it`);
	}
}

const LONG = 'a'.repeat(201);

/** Text in the shapes the pack's fields take, valid for some fields and not others. */
const TEXTS = [
	'x',
	'Acme',
	'  padded value  ',
	'',
	'   ',
	'CA',
	'ca',
	'C',
	'CAL',
	'94111',
	'9411',
	'12345678',
	'SW1A 1AA',
	'M1 1AE and more',
	'name@example.com',
	'First.Last+tag@example.co.uk',
	'not-an-email',
	'a@b',
	'name@@example.com',
	'https://example.com/cegid/events',
	'http://example.com',
	'ftp://example.com/file',
	'example.com',
	'https://',
	'mailto:name@example.com',
	'https://exa mple.com',
	'203.0.113.7',
	'256.1.1.1',
	'010.1.1.1',
	'1.2.3',
	'2001:db8::1',
	'::1',
	'::ffff:192.0.2.1',
	'2001:db8::g',
	'2025-05-16T11:38:37Z',
	'2030-01-05',
	'2025-05-16T11:38:37+02:00',
	'31/12/2025',
	'not a date',
	'job_12345',
	'cand-54321',
	'_job',
	'bad id!',
	'a'.repeat(64),
	'a'.repeat(65),
	LONG,
	'42',
	'0',
	'-3',
	'success',
	'error',
];

const NUMBERS = [0, 1, -1, 1.5, 10, 14.99, 15, 15.25, 15.255, 20, 25, 60, 61, 70, 1e9, Number.NaN, Number.POSITIVE_INFINITY];

const OTHERS: unknown[] = [undefined, null, true, false, [], {}, { workExperiences: [] }, ['x']];

/** The values tried in every field. */
function pool(type: Kind): unknown[] {
	const values: unknown[] = [...OTHERS, ...TEXTS, ...NUMBERS];
	if (type.kind === 'enum') values.push(...type.values, type.values[0].toLowerCase(), `${type.values[0]} `);
	if (type.kind === 'array') {
		const element = validCandidates(type.element);
		for (const value of element.slice(0, 3)) values.push([value], [value, value], Array.from({ length: 51 }, () => value));
		values.push([''], [0], [null]);
	}
	if (type.kind === 'object') values.push({ ...validObject(type) });
	return values;
}

/** Values that could be valid for a kind, best guesses first (the schema then decides). */
function validCandidates(type: Kind): unknown[] {
	switch (type.kind) {
		case 'string':
			return TEXTS.filter((text) => text.trim() !== '');
		case 'number':
			return [1, 15, 20, ...NUMBERS];
		case 'boolean':
			return [true, false];
		case 'enum':
			return type.values;
		case 'record':
			return [{ workExperiences: [] }, {}];
		case 'unknown':
			return ['x'];
		case 'union':
			return type.options.flatMap(validCandidates);
		case 'array':
			return [[], ...validCandidates(type.element).slice(0, 5).map((value) => [value])];
		case 'object':
			return [validObject(type)];
	}
}

/** An object with each field set to its first candidate value; refined against the schema by validInput(). */
function validObject(type: Extract<Kind, { kind: 'object' }>): Record<string, unknown> {
	return Object.fromEntries(type.fields.map((field) => [field.name, validCandidates(field.type)[0]]));
}

function issuesAt(schema: ZodLike, input: unknown, path: string[]): boolean {
	const result = schema.safeParse(input);
	if (result.success) return false;
	return result.error!.issues.some((issue) => path.every((segment, index) => String(issue.path[index]) === segment));
}

function setAt(input: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
	const [head, ...rest] = path;
	const copy = { ...input };
	if (rest.length === 0) {
		if (value === undefined) delete copy[head];
		else copy[head] = value;
	} else {
		copy[head] = setAt((input[head] as Record<string, unknown>) ?? {}, rest, value);
	}
	return copy;
}

interface Leaf {
	readonly path: string[];
	readonly field: Field;
}

function leaves(fields: Field[], prefix: string[] = []): Leaf[] {
	return fields.flatMap((field) => {
		const path = [...prefix, field.name];
		const own: Leaf = { path, field };
		return field.type.kind === 'object' ? [own, ...leaves(field.type.fields, path)] : [own];
	});
}

/**
 * A valid input: every field, one after another, gets the first candidate value the schema accepts there. With
 * `withOptional` false, optional fields are left out.
 */
function validInput(schema: ZodLike, fields: Field[], withOptional: boolean): Record<string, unknown> {
	let input: Record<string, unknown> = {};
	for (const field of fields) {
		if (field.optional && !withOptional) continue;
		const candidates = field.type.kind === 'object' ? [validInput(schema, field.type.fields, withOptional)] : validCandidates(field.type);
		for (const candidate of candidates) {
			const next = setAt(input, [field.name], candidate);
			if (!issuesAt(schema, next, [field.name])) {
				input = next;
				break;
			}
		}
	}
	return input;
}

/** Whether the schema validates an object (a node's input); the field schemas it is built of are covered through it. */
export function isObjectSchema(schema: unknown): boolean {
	return describe(schema as ZodLike).type.kind === 'object';
}

/** The valid inputs, then every field of each set to every value of the pool. */
export function casesFor(schema: unknown): Case[] {
	const zod3 = schema as ZodLike;
	const { type } = describe(zod3);
	if (type.kind !== 'object') throw new Error('Only object schemas are generated');
	const full = validInput(zod3, type.fields, true);
	const minimal = validInput(zod3, type.fields, false);
	const cases: Case[] = [
		{ description: 'every field valid', input: full },
		{ description: 'required fields only', input: minimal },
	];
	for (const [baseName, base] of [
		['every field valid', full],
		['required fields only', minimal],
	] as const) {
		for (const { path, field } of leaves(type.fields)) {
			for (const value of pool(field.type)) {
				if (path.length > 1 && base[path[0]] === undefined) continue;
				cases.push({ description: `${baseName}, ${path.join('.')} = ${show(value)}`, input: setAt(base, path, value) });
			}
		}
	}
	return cases;
}

function show(value: unknown): string {
	if (value === undefined) return 'undefined';
	if (typeof value === 'number') return String(value);
	const text = JSON.stringify(value);
	return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
