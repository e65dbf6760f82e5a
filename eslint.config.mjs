import tsParser from '@typescript-eslint/parser';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';

const sources = ['nodes/**/*.ts', 'credentials/**/*.ts'];

export default [
	{ ignores: ['dist/**', 'dist-tools/**', 'node_modules/**', 'test/**', 'sandbox/**', 'bench/**'] },
	{
		files: sources,
		languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
	},
	{ files: sources, ...n8nCommunityNodesPlugin.configs.recommended },
	{
		files: ['package.json'],
		languageOptions: { parser: tsParser, parserOptions: { extraFileExtensions: ['.json'] } },
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: { ...n8nNodesBase.configs.community.rules },
	},
	{
		files: ['credentials/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// Written for n8n's own docs slugs; community credentials link to a URL, which the community plugin's credential-documentation-url rule checks.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// These two demand the string 'main'; the community plugin's node-connection-type-literal rule demands NodeConnectionTypes.Main, which n8n now recommends.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
		},
	},
	{
		// zlib is a Node built-in present in every n8n install; Cegid exports are ZIP archives.
		files: ['nodes/Cegid/export/inflate.ts'],
		rules: { '@n8n/community-nodes/no-restricted-imports': 'off' },
	},
];
