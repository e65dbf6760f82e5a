import type { INodeExecutionData, INodeProperties, INodeType } from 'n8n-workflow';

import { CegidRecruiting } from '../../nodes/Cegid/CegidRecruiting.node';
import { Jobcase } from '../../nodes/Jobcase/Jobcase.node';
import { Jobtrain } from '../../nodes/Jobtrain/Jobtrain.node';
import { NhsJob } from '../../nodes/NHSJob/NhsJob.node';
import type { SandboxControl } from '../../sandbox/client';
import { startCegid } from '../cegid/fixture';
import type { RunNodeResult } from '../harness';
import { startJobcase } from '../jobcase/fixture';
import { startJobtrain } from '../jobtrain/fixture';
import { startNhsJob } from '../nhsjob/fixture';

export type Provider = 'jobcase' | 'jobtrain' | 'cegid' | 'nhsjob';
export const PROVIDERS: Provider[] = ['jobcase', 'jobtrain', 'cegid', 'nhsjob'];

/** One provider's sandbox and node, the same shape for all four. */
export interface ProviderFixture {
	control: SandboxControl;
	run(parameters: Record<string, unknown>, options: { inputItems: INodeExecutionData[]; continueOnFail?: boolean }): Promise<RunNodeResult>;
	close(): Promise<void>;
}

export async function startProvider(provider: Provider): Promise<ProviderFixture> {
	switch (provider) {
		case 'jobcase':
			return await startJobcase({ companies: 2, jobs: 3, campaigns: 1 });
		case 'jobtrain':
			return await startJobtrain({ jobs: 10, applications: 2 });
		case 'cegid':
			return await startCegid({ vacancies: 2, candidates: 2 });
		case 'nhsjob': {
			const fixture = await startNhsJob({ jobs: 3 });
			return { control: fixture.control, run: async (parameters, options) => await fixture.run(parameters, options), close: fixture.close };
		}
	}
}

const nodes: Record<Provider, INodeType> = { jobcase: new Jobcase(), jobtrain: new Jobtrain(), cegid: new CegidRecruiting(), nhsjob: new NhsJob() };

export interface OperationField {
	provider: Provider;
	resource: string;
	operation: string;
	field: INodeProperties;
	/** The node parameters that set this field to `value` (fields in collections are nested). */
	set(value: unknown): Record<string, unknown>;
	/** Values for the operation's other required fields that have no default, so n8n runs it. */
	required: Record<string, unknown>;
}

/**
 * Every field of every operation, read from the node descriptions, so that a table built from it covers
 * an operation added later without anyone listing it.
 */
export function operationFields(predicate: (field: INodeProperties) => boolean): OperationField[] {
	return PROVIDERS.flatMap((provider) => {
		const { properties } = nodes[provider].description;
		const scope = (field: INodeProperties) => ({
			resource: field.displayOptions?.show?.resource?.[0] as string | undefined,
			operation: field.displayOptions?.show?.operation?.[0] as string | undefined,
		});
		const requiredOf = (resource: string, operation: string, except: INodeProperties): Record<string, unknown> => {
			const required: Record<string, unknown> = {};
			for (const other of properties) {
				const where = scope(other);
				if (where.resource !== resource || where.operation !== operation || other === except) continue;
				const emptyLocator = other.type === 'resourceLocator' && (other.default as { value?: unknown } | undefined)?.value === '';
				if (other.required && (other.default === '' || other.default === undefined || other.default === 0 || emptyLocator) && !other.displayOptions?.show?.returnAll) {
					const isDate = other.type === 'dateTime' || /ISO 8601/.test(other.description ?? '');
					required[other.name] = isDate ? '2030-01-05T00:00:00Z' : other.type === 'number' ? 1 : '1';
				}
			}
			return required;
		};
		return properties.flatMap((top) => {
			const { resource, operation } = scope(top);
			if (!resource || !operation) return [];
			const nested = top.type === 'collection' ? ((top.options ?? []) as INodeProperties[]) : [];
			const candidates = [
				{ field: top, set: (value: unknown) => ({ [top.name]: value }) },
				...nested.map((inner) => ({ field: inner, set: (value: unknown) => ({ [top.name]: { [inner.name]: value } }) })),
			].filter((candidate) => predicate(candidate.field));
			return candidates.map(({ field, set }) => ({ provider, resource, operation, field, set, required: requiredOf(resource, operation, top) }));
		});
	});
}
