/**
 * The package each node ships in: a node's type in n8n is `<package>.<node>` (and `<package>.<node>Tool` for its
 * AI tool variant), e.g. `n8n-nodes-jobcase.jobcase`, `n8n-nodes-cegid-recruiting.cegidRecruitingTrigger`.
 */
export const NODE_PACKAGES = {
	jobcase: 'n8n-nodes-jobcase',
	cegidRecruiting: 'n8n-nodes-cegid-recruiting',
	cegidRecruitingTrigger: 'n8n-nodes-cegid-recruiting',
	jobtrain: 'n8n-nodes-jobtrain',
	jobtrainTrigger: 'n8n-nodes-jobtrain',
	nhsJob: 'n8n-nodes-nhsjob',
	nhsJobTrigger: 'n8n-nodes-nhsjob',
} as const;

export type NodeName = keyof typeof NODE_PACKAGES;

export const PACKAGE_NAMES = [...new Set(Object.values(NODE_PACKAGES))].sort();

/** 'jobcase' → 'n8n-nodes-jobcase.jobcase'; 'jobcaseTool' → 'n8n-nodes-jobcase.jobcaseTool'. */
export function nodeType(name: NodeName | `${NodeName}Tool`): string {
	const base = (name.endsWith('Tool') ? name.slice(0, -'Tool'.length) : name) as NodeName;
	const packageName = NODE_PACKAGES[base];
	if (!packageName) throw new Error(`No package ships a node "${name}"`);
	return `${packageName}.${name}`;
}

/** Whether a node type is one of ours (in any of the four packages). */
export function isOurNodeType(type: string): boolean {
	return PACKAGE_NAMES.some((packageName) => type.startsWith(`${packageName}.`));
}
