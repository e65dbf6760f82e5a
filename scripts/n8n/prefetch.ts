import { ensureN8n } from './install';
import { withProgress } from './run';
import { selectTargets } from './targets';

/**
 * Installs (or finds in the cache) the n8n of every tested target, one after another, so that .ci/run can do it in
 * the background while it lints, packs, scans and runs the in-engine suite. The end-to-end suite calls ensureN8n
 * itself: an install still running holds its lock, and one that failed here is tried again there.
 */
async function main(): Promise<void> {
	for (const target of selectTargets(process.env.E2E_TARGETS)) {
		const install = await withProgress(`Prefetching ${target.name}`, ensureN8n(target), 60);
		console.log(`${target.name}: n8n ${install.version} ready in ${install.folder}`);
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
