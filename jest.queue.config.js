/** Queue-mode suite: run by `npm run test:queue` (scripts/queue.ts), which starts Redis, PostgreSQL and n8n in queue mode first. */
/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/queue'],
	testMatch: ['**/*.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	testTimeout: 300000,
	// One n8n setup serves the whole suite: files run one after another.
	maxWorkers: 1,
};
