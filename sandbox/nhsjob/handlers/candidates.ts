import { json, type Reply } from '../../core/reply';
import type { SandboxRequest } from '../../core/request';
import type { NhsJobContext } from '../context';
import { notFound } from '../errors';
import { representCandidate } from '../represent';

export function getCandidate(ctx: NhsJobContext, req: SandboxRequest): Reply {
	const candidate = ctx.store().candidates.get(req.params.candidateId);
	if (!candidate) throw notFound(`No candidate with id ${req.params.candidateId}.`);
	return json(200, { data: representCandidate(candidate) });
}
