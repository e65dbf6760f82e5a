import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Jest gives each test file its own copy of process.env, so this marker spans module resets within one file only.
const USER_FOLDER_MARKER = 'N8N_HARNESS_USER_FOLDER';

/**
 * Points n8n at a throwaway user folder (it writes an encryption key and binary data there) and keeps it quiet.
 * Must run before n8n-core's DI container builds its first config object.
 */
export function prepareEnvironment(): string {
	const existing = process.env[USER_FOLDER_MARKER];
	if (existing) return existing;

	const userFolder = mkdtempSync(join(tmpdir(), 'n8n-harness-'));
	process.env[USER_FOLDER_MARKER] = userFolder;
	process.env.N8N_USER_FOLDER = userFolder;
	process.env.N8N_LOG_LEVEL ??= 'silent';
	process.env.N8N_DEFAULT_BINARY_DATA_MODE ??= 'filesystem';
	process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS ??= 'false';
	process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
	removeWhenDone(userFolder);
	return userFolder;
}

// Inside jest, `process` is a per-file copy whose 'exit' never fires, so the folder goes in the file's afterAll.
function removeWhenDone(folder: string): void {
	const remove = () => rmSync(folder, { recursive: true, force: true });
	if (typeof afterAll === 'function') {
		try {
			afterAll(remove);
			return;
		} catch {
			// Hooks cannot be added from inside a running test; fall through.
		}
	}
	process.once('exit', remove);
}

prepareEnvironment();
