import { existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';
import type { INodeProperties, INodeType } from 'n8n-workflow';

/**
 * One floor plan for every provider: the same rooms, one file per operation named after its value, and every field
 * scoped to the operation that shows it. Read from the source tree and the compiled nodes, so a new operation or a new
 * provider is checked without anyone listing it here.
 */
const ROOT = join(__dirname, '..');
const PROVIDERS = readdirSync(join(ROOT, 'nodes')).filter((name) => name !== 'shared' && statSync(join(ROOT, 'nodes', name)).isDirectory());
const ROOMS = new Set(['actions', 'methods', 'trigger', 'transport', 'schemas.ts']);
const NODE_WIDE = new Set(['resource', 'operation', 'requestOptions', 'authentication']);

type Router = Record<string, Record<string, { execute?: unknown }>>;

function compiled<T>(provider: string, ...path: string[]): T {
	return require(join(ROOT, 'dist', 'nodes', provider, ...path)) as T;
}

function actionNode(provider: string): { file: string; node: INodeType } {
	const file = readdirSync(join(ROOT, 'nodes', provider)).find((name) => name.endsWith('.node.ts') && !name.includes('Trigger'));
	if (!file) throw new Error(`${provider} has no action node`);
	const exports = compiled<Record<string, new () => INodeType>>(provider, file.replace(/\.ts$/, '.js'));
	return { file, node: new (Object.values(exports)[0])() };
}

function showOf(property: INodeProperties, key: string): unknown[] | undefined {
	return property.displayOptions?.show?.[key] as unknown[] | undefined;
}

function everyProperty(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) => {
		const nested = (property.options ?? []).flatMap((option) => {
			if ('values' in option && Array.isArray(option.values)) return everyProperty(option.values as INodeProperties[]);
			if ('displayName' in option && 'type' in option) return everyProperty([option as INodeProperties]);
			return [];
		});
		return [property, ...nested];
	});
}

it('finds the four providers', () => {
	expect(PROVIDERS.sort()).toEqual(['Cegid', 'Jobcase', 'Jobtrain', 'NHSJob']);
});

describe.each(PROVIDERS)('%s', (provider) => {
	const folder = join(ROOT, 'nodes', provider);
	const router = compiled<{ router: Router }>(provider, 'actions', 'router.js').router;

	it('has only the common rooms at its top level', () => {
		const strays = readdirSync(folder).filter((name) => !ROOMS.has(name) && !name.endsWith('.node.ts') && !name.endsWith('.api.ts'));
		expect(strays).toEqual([]);
		expect(readdirSync(folder).filter((name) => name.endsWith('.api.ts'))).toHaveLength(1);
		const hasTrigger = readdirSync(folder).some((name) => name.endsWith('Trigger.node.ts'));
		expect(existsSync(join(folder, 'trigger'))).toBe(hasTrigger);
	});

	it('keeps one file per operation, named after its value, for exactly the operations it routes', () => {
		const resourceFolders = readdirSync(join(folder, 'actions')).filter((name) => statSync(join(folder, 'actions', name)).isDirectory());
		expect(resourceFolders.sort()).toEqual(Object.keys(router).sort());
		for (const resource of resourceFolders) {
			const files = readdirSync(join(folder, 'actions', resource));
			expect(files).toContain('index.ts');
			const operationFiles = files.filter((name) => name.endsWith('.operation.ts')).map((name) => name.replace(/\.operation\.ts$/, ''));
			expect({ resource, operations: operationFiles.sort() }).toEqual({ resource, operations: Object.keys(router[resource]).sort() });
		}
	});

	it('scopes each operation file’s fields to that resource and operation, and runs it through execute', () => {
		for (const [resource, operations] of Object.entries(router)) {
			for (const operation of Object.keys(operations)) {
				const module = compiled<{ description?: INodeProperties[]; execute?: unknown }>(provider, 'actions', resource, `${operation}.operation.js`);
				expect(typeof module.execute).toBe('function');
				expect(module.execute).toBe(operations[operation].execute);
				expect(Array.isArray(module.description)).toBe(true);
				for (const property of module.description ?? []) {
					expect({ field: property.name, resource: showOf(property, 'resource') }).toEqual({ field: property.name, resource: [resource] });
					expect(showOf(property, 'operation')).toContain(operation);
				}
			}
		}
	});

	it('offers in its selectors only what it routes, and shows every field for a routed operation', () => {
		const { node } = actionNode(provider);
		const properties = node.description.properties;
		const resourceSelector = properties.find((property) => property.name === 'resource');
		const offeredResources = (resourceSelector?.options ?? []).map((option) => (option as { value: string }).value);
		expect(offeredResources.sort()).toEqual(Object.keys(router).sort());

		for (const selector of properties.filter((property) => property.name === 'operation')) {
			const [resource] = showOf(selector, 'resource') as string[];
			for (const option of selector.options ?? []) expect(Object.keys(router[resource])).toContain((option as { value: string }).value);
			expect(Object.keys(router[resource])).toContain(selector.default);
		}
		for (const property of properties.filter((candidate) => !NODE_WIDE.has(candidate.name))) {
			const resources = showOf(property, 'resource') as string[] | undefined;
			const operations = showOf(property, 'operation') as string[] | undefined;
			expect({ field: property.name, scoped: Boolean(resources?.length && operations?.length) }).toEqual({ field: property.name, scoped: true });
			for (const resource of resources ?? []) for (const operation of operations ?? []) expect(Object.keys(router[resource] ?? {})).toContain(operation);
		}
	});

	it('has a method for every list search and dropdown its fields name', () => {
		const { node } = actionNode(provider);
		const methods = (node.methods ?? {}) as { listSearch?: Record<string, unknown>; loadOptions?: Record<string, unknown> };
		for (const property of everyProperty(node.description.properties)) {
			const loader = property.typeOptions?.loadOptionsMethod;
			if (loader) expect({ field: property.name, loader, found: typeof methods.loadOptions?.[loader] }).toEqual({ field: property.name, loader, found: 'function' });
			for (const mode of property.modes ?? []) {
				const search = mode.typeOptions?.searchListMethod;
				if (search) expect({ field: property.name, search, found: typeof methods.listSearch?.[search] }).toEqual({ field: property.name, search, found: 'function' });
			}
		}
		const methodFiles = existsSync(join(folder, 'methods')) ? readdirSync(join(folder, 'methods')) : [];
		if (methods.listSearch) expect(methodFiles).toContain('listSearch.ts');
		if (methods.loadOptions) expect(methodFiles).toContain('loadOptions.ts');
	});
});
