/**
 * Loads the pack's schema modules and its validator in a fresh module registry whose `zod` is either the project's
 * zod 3 (what n8n ships) or zod 4 (the `zod-v4` dev dependency): what the pack gets inside n8n when another
 * community package has put zod 4 into `~/.n8n/nodes/node_modules`, which Node searches before n8n's NODE_PATH.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { INode } from 'n8n-workflow';

export type ZodLine = 'zod 3' | 'zod 4';

export interface SchemaModule {
	readonly file: string;
	readonly exports: Record<string, unknown>;
}

export interface PackValidation {
	readonly zodVersion: string;
	readonly schemaModules: SchemaModule[];
	/** nodes/shared/validate.ts loaded against the same zod. */
	readonly validateInput: (node: INode, schema: unknown, input: unknown, itemIndex: number, labels: Record<string, string>) => unknown;
}

const PROVIDERS = ['Cegid', 'Jobcase', 'Jobtrain', 'NHSJob'];

/** `actions/<resource>/<operation>.schema.ts` files of a provider laid out on the floor plan (one operation's schema each). */
function operationSchemaFiles(provider: string): string[] {
	const actions = join(__dirname, '../../nodes', provider, 'actions');
	if (!existsSync(actions)) return [];
	return readdirSync(actions, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((resource) =>
			readdirSync(join(actions, resource.name))
				.filter((file) => file.endsWith('.schema.ts'))
				.sort()
				.map((file) => `../../nodes/${provider}/actions/${resource.name}/${file.replace(/\.ts$/, '')}`),
		);
}

/** Each provider's shared building blocks (`schemas.ts`) and its operations' own schema files. */
export const SCHEMA_FILES = PROVIDERS.flatMap((provider) => [`../../nodes/${provider}/schemas`, ...operationSchemaFiles(provider)]);

export function loadWithZod(line: ZodLine): PackValidation {
	const zodPackage = line === 'zod 4' ? 'zod-v4' : 'zod';
	let loaded: PackValidation | undefined;
	jest.isolateModules(() => {
		jest.doMock('zod', () => jest.requireActual(zodPackage));
		try {
			const zodVersion = (jest.requireActual(`${zodPackage}/package.json`) as { version: string }).version;
			const schemaModules = SCHEMA_FILES.map((file) => ({ file, exports: require(file) as Record<string, unknown> }));
			const { validateInput } = require('../../nodes/shared/validate') as Pick<PackValidation, 'validateInput'>;
			loaded = { zodVersion, schemaModules, validateInput };
		} finally {
			jest.dontMock('zod');
		}
	});
	return loaded!;
}

/** The zod schemas a module exports (factories such as `positiveId('job')` are covered through the schemas using them). */
export function exportedSchemas(module: SchemaModule): Array<[string, { safeParse(input: unknown): unknown }]> {
	return Object.entries(module.exports).filter(
		(entry): entry is [string, { safeParse(input: unknown): unknown }] =>
			typeof entry[1] === 'object' && entry[1] !== null && typeof (entry[1] as { safeParse?: unknown }).safeParse === 'function',
	);
}
