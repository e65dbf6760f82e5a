import { mkdirSync, rmSync, statSync } from 'node:fs';

const STALE_AFTER_MS = 30 * 60 * 1000;

/**
 * Holds a folder-based lock while `work` runs, so two processes (say `npm start` and the e2e tests) never install
 * into the same cache folder at once. A lock older than 30 minutes is taken to be left by a killed process.
 */
export async function withLock<T>(lockPath: string, work: () => Promise<T>): Promise<T> {
	let announced = false;
	for (;;) {
		try {
			mkdirSync(lockPath);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			if (Date.now() - statSync(lockPath).mtimeMs > STALE_AFTER_MS) {
				rmSync(lockPath, { recursive: true, force: true });
				continue;
			}
			if (!announced) console.log(`Waiting for another process to finish with ${lockPath} ...`);
			announced = true;
			await new Promise((resolve) => setTimeout(resolve, 2000));
		}
	}
	try {
		return await work();
	} finally {
		rmSync(lockPath, { recursive: true, force: true });
	}
}
