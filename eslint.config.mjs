import { globalIgnores } from 'eslint/config';
import { config } from '@n8n/node-cli/eslint';

// Shipped code (nodes/, credentials/) gets n8n's strict rules exactly as `n8n-node lint` applies them, with no rule
// switched off. Each package under packages/ is linted again with its own (default) eslint.config.mjs.
export default [globalIgnores(['**', '!nodes/**', '!credentials/**', '!nodes', '!credentials']), ...config];
