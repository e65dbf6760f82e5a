import { createHash } from 'node:crypto';

import { json } from '../../core/reply';
import { authenticate } from '../access/authenticate';
import type { JobcaseContext } from '../context';
import type { FieldErrors } from '../drf/errorTree';
import { charField, postalCodeField } from '../drf/fields';
import { readRequestData } from '../drf/requestData';
import { throttled } from '../drf/responses';
import { type Parsed, requireValid, validateData } from '../drf/serializer';
import { aggressivenessField, moneyField } from './campaignFields';
import type { EndpointHandlers } from './endpointHandlers';

const estimateSchema = {
	budget: moneyField(15),
	jobTitle: charField({ maxLength: 255 }),
	jobDescription: charField(),
	jobCity: charField({ maxLength: 255 }).optional(),
	jobState: charField({ exactLength: 2 }).optional(),
	jobZipCode: postalCodeField({ maxLength: 7 }).optional(),
	companyName: charField({ maxLength: 255 }).optional(),
	aggressiveness: aggressivenessField().withDefault(() => 20),
};

type EstimateInput = Parsed<typeof estimateSchema>;

export function estimateHandlers(ctx: JobcaseContext): Pick<EndpointHandlers, 'estimateCandidates'> {
	return {
		estimateCandidates: (req) => {
			const wait = ctx.useEstimateQuota(authenticate(req.headers, ctx.config().apiKey));
			if (wait > 0) throw throttled(wait);
			const input = requireValid(validateData(estimateSchema, readRequestData(req).data), undefined, needsLocation);
			return json(200, estimateCandidates(input));
		},
	};
}

function needsLocation(input: EstimateInput): FieldErrors {
	const hasCityAndState = input.jobCity !== undefined && input.jobState !== undefined;
	return hasCityAndState || input.jobZipCode !== undefined
		? {}
		: { non_field_errors: ['Provide either jobCity and jobState, or jobZipCode.'] };
}

/**
 * Deterministic: the title and place set a "demand" factor, budget and aggressiveness scale it.
 * With the reference's inputs (budget 15, aggressiveness 20) it lands near its 5..80.
 */
function estimateCandidates(input: EstimateInput): { minCandidates: number; maxCandidates: number } {
	const place = `${input.jobCity ?? ''}|${input.jobState ?? ''}|${input.jobZipCode ?? ''}`.toLowerCase();
	const digest = createHash('sha256').update(`${input.jobTitle.toLowerCase()}|${place}`).digest();
	const demand = 0.75 + (digest[0] / 255) * 0.5;
	const urgency = 0.8 + input.aggressiveness / 100;
	const minCandidates = Math.max(1, Math.round((input.budget / 3) * demand * urgency));
	const spread = 12 + (digest[1] % 9);
	return { minCandidates, maxCandidates: Math.max(minCandidates + 1, Math.round(minCandidates * spread)) };
}
