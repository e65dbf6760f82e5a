/**
 * The pack declares no zod: inside n8n it gets n8n's zod 3 through NODE_PATH, or, when another community package
 * has put zod 4 into `~/.n8n/nodes/node_modules` (Node looks there first), zod 4. Every schema must then load and
 * decide the same way, and the node's error must still name the field and say the same thing.
 *
 * Each schema's inputs are generated from the schema (test/zod/cases.ts) and validated through
 * nodes/shared/validate.ts's validateInput under both zods.
 */
import type { INode } from 'n8n-workflow';

import { casesFor, isObjectSchema } from './cases';
import { exportedSchemas, loadWithZod } from './withZod';
import type { PackValidation } from './withZod';

const NODE: INode = {
	id: 'zod-test',
	name: 'Node',
	type: 'n8n-nodes-recruiting.test',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

type Outcome = { ok: true; data: unknown } | { ok: false; message: string; description?: string };

function outcome(pack: PackValidation, schema: unknown, input: unknown): Outcome {
	try {
		return { ok: true, data: pack.validateInput(NODE, schema, input, 0, {}) };
	} catch (error) {
		const { message, description } = error as { message: string; description?: string };
		return { ok: false, message, description };
	}
}

const zod3 = loadWithZod('zod 3');
let zod4Load: { pack?: PackValidation; error?: string };
try {
	zod4Load = { pack: loadWithZod('zod 4') };
} catch (error) {
	zod4Load = { error: (error as Error).stack ?? String(error) };
}

function zod4Pack(): PackValidation {
	if (!zod4Load.pack) throw new Error(`The pack's schemas did not load with zod 4: ${zod4Load.error}`);
	return zod4Load.pack;
}

describe('the schemas under zod 3 and zod 4', () => {
	it('load with zod 4 as the only zod the pack can find', () => {
		expect(zod4Load.error).toBeUndefined();
		const zod4 = zod4Pack();
		expect(zod3.zodVersion).toMatch(/^3\./);
		expect(zod4.zodVersion).toMatch(/^4\./);
		const names = (pack: PackValidation) => pack.schemaModules.flatMap((module) => exportedSchemas(module).map(([name]) => `${module.file}:${name}`));
		expect(names(zod4)).toEqual(names(zod3));
		expect(names(zod3).length).toBeGreaterThanOrEqual(15);
	});

	const schemas = zod3.schemaModules.flatMap((module, moduleIndex) =>
		exportedSchemas(module)
			.filter(([, schema]) => isObjectSchema(schema))
			.map(([name, schema]) => ({ label: `${module.file.replace('../../nodes/', '')}.${name}`, moduleIndex, name, schema })),
	);

	it.each(schemas.map((entry) => [entry.label, entry] as const))(
		'%s: accepts and rejects the same inputs, with the same message naming the field',
		(_label, { moduleIndex, name, schema }) => {
			const zod4 = zod4Pack();
			const schema4 = zod4.schemaModules[moduleIndex].exports[name];
			const cases = casesFor(schema);
			const differences: string[] = [];
			const unnamed: string[] = [];
			let accepted = 0;
			for (const { description, input } of cases) {
				const three = outcome(zod3, schema, input);
				const four = outcome(zod4, schema4, input);
				if (three.ok) accepted++;
				if (three.ok !== four.ok) {
					differences.push(`${description}: zod 3 ${three.ok ? 'accepts' : `rejects (${three.message})`}, zod 4 ${four.ok ? 'accepts' : `rejects (${four.message})`}`);
				} else if (three.ok && four.ok) {
					if (JSON.stringify(three.data) !== JSON.stringify(four.data)) {
						differences.push(`${description}: zod 3 gives ${JSON.stringify(three.data)}, zod 4 gives ${JSON.stringify(four.data)}`);
					}
				} else if (!three.ok && !four.ok) {
					if (three.message !== four.message) differences.push(`${description}: zod 3 says "${three.message}", zod 4 says "${four.message}"`);
					for (const message of [three.message, four.message]) {
						if (!/^Invalid input in item 0: "[^"]+" \([\w.]+\) \S/.test(message)) unnamed.push(`${description}: ${message}`);
					}
				}
			}
			expect(differences.slice(0, 25)).toEqual([]);
			expect(unnamed.slice(0, 25)).toEqual([]);
			// The generated inputs exercise both sides of the schema.
			expect(accepted).toBeGreaterThan(1);
			expect(cases.length - accepted).toBeGreaterThan(10);
		},
	);
});
