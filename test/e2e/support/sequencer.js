/**
 * The order of the end-to-end files (jest.e2e.config.js): installation first, secrets.test.ts last (it checks what
 * every other file made n8n log and store), the rest by name so runs are repeatable.
 */
const Sequencer = require('@jest/test-sequencer').default;
const { basename } = require('node:path');

const FIRST = ['installation.test.ts'];
const LAST = ['secrets.test.ts'];

function rank(path) {
	const name = basename(path);
	if (FIRST.includes(name)) return 0;
	if (LAST.includes(name)) return 2;
	return 1;
}

class E2eSequencer extends Sequencer {
	sort(tests) {
		return [...tests].sort((a, b) => rank(a.path) - rank(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	}
}

module.exports = E2eSequencer;
