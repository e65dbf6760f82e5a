/** The n8n releases the pack is tested on, and the Node major each needs (../shared/n8n-notes.md). */
export interface N8nTarget {
	/** Short name used in logs, cache folders and `E2E_TARGETS`. */
	readonly name: 'n8n-1.123' | 'n8n-1.123-node22' | 'n8n-2.8' | 'n8n-newest';
	/** npm range of n8n versions; the newest matching version that installs is used. */
	readonly range: string;
	/** Node major to run it with; `host` is the Node running this script. */
	readonly node: 'host' | 22 | 24;
	/** Run only when named in `E2E_TARGETS`, not by default (CI). */
	readonly onRequest?: boolean;
}

export const TARGETS: readonly N8nTarget[] = [
	// The 1.x line, still patched. From 1.123.66 on, n8n 1.123 evaluates expressions in isolated-vm 6 (its default
	// `vm` expression engine), which ships binaries for Node 22 and 24 only and does not compile on Node 20: on Node 20
	// `npm install n8n@1.123.81` fails in isolated-vm's build and an install without scripts crashes at start
	// ("Could not initialize the vm expression engine"), although its engines field says >=20.19. So the 1.x on Node 20
	// is 1.123.50, the newest 1.123 that runs there (the next release is 1.123.66); the newest 1.123 runs on Node 22
	// (from the npm registry) when E2E_TARGETS names n8n-1.123-node22.
	{ name: 'n8n-1.123', range: '1.123.50', node: 'host' },
	{ name: 'n8n-1.123-node22', range: '~1.123.0', node: 22, onRequest: true },
	{ name: 'n8n-2.8', range: '~2.8.4', node: 'host' },
	{ name: 'n8n-newest', range: '>=2.36.0', node: 24 },
];

export function targetNamed(name: string): N8nTarget {
	const target = TARGETS.find((candidate) => candidate.name === name);
	if (!target) throw new Error(`Unknown n8n target "${name}"; choose one of ${TARGETS.map((t) => t.name).join(', ')}.`);
	return target;
}

/** The targets named in a comma-separated list such as E2E_TARGETS=n8n-2.8, or all but those run on request. */
export function selectTargets(list: string | undefined): N8nTarget[] {
	if (!list?.trim()) return TARGETS.filter((target) => !target.onRequest);
	return list.split(',').map((name) => targetNamed(name.trim()));
}
