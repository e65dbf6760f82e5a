import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// process.env outlives jest's per-file module registry, so it is what lets all test files of one worker share a folder.
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
	process.once('exit', () => rmSync(userFolder, { recursive: true, force: true }));
	return userFolder;
}

prepareEnvironment();
