import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFromAICalls } from 'n8n-workflow';

/**
 * The MCP example's tool descriptions are what a model believes: they promise no order the nodes do not produce,
 * and the largest limit they state is the one the workflow enforces (the model's limit is capped by the expression),
 * while the limit stays a typed number in the tool's input schema.
 */
interface ExampleNode {
	name: string;
	parameters: Record<string, unknown> & { toolDescription?: string; limit?: string };
}
const workflow = JSON.parse(readFileSync(join(__dirname, '../../examples/recruiting-mcp-server.json'), 'utf8')) as { nodes: ExampleNode[] };
const tools = workflow.nodes.filter((node) => typeof node.parameters.toolDescription === 'string');
const withLimit = tools.filter((node) => node.parameters.limit !== undefined);

it('has tools with a limit', () => expect(withLimit.map((node) => node.name)).toHaveLength(5));

it.each(tools.map((node) => [node.name, node] as const))('%s promises no sort order (the nodes do not sort)', (_, node) => {
	expect(node.parameters.toolDescription).not.toMatch(/newest|oldest|latest first|most recent first/i);
});

it.each(withLimit.map((node) => [node.name, node] as const))('%s caps the limit at the maximum its description states, as a typed number', (_, node) => {
	const cap = /^=\{\{ Math\.min\(\$fromAI\('limit', '[^']*', 'number', \d+\), (\d+)\) \}\}$/.exec(String(node.parameters.limit));
	expect(cap).not.toBeNull();
	const maximum = Number(cap![1]);
	expect(node.parameters.toolDescription).toMatch(new RegExp(`at most ${maximum} `));
	expect(node.parameters.toolDescription).not.toMatch(/\b1 to \d+/);
	const [limit] = extractFromAICalls(String(node.parameters.limit));
	expect({ key: limit.key, type: limit.type }).toEqual({ key: 'limit', type: 'number' });
	expect(limit.description).toMatch(new RegExp(`above ${maximum}, ${maximum} are returned`));
});
