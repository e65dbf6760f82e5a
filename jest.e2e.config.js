/** End-to-end suite: run by `npm run test:e2e` (scripts/e2e.ts), which starts real n8n and the sandbox first. */
/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	testTimeout: 300000,
	// One n8n and one sandbox serve the whole suite: files run one after another.
	maxWorkers: 1,
	// installation.test.ts first, secrets.test.ts last (it checks what all the others left behind).
	testSequencer: '<rootDir>/test/e2e/support/sequencer.js',
};
