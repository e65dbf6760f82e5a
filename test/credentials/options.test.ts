import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ICredentialType, INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { planLimitOf } from '../../nodes/NHSJob/transport/environment';
import { PROJECT_ROOT } from '../harness';

/** The credential classes n8n loads: every class exported by the files package.json's `n8n.credentials` lists. */
function builtCredentialTypes(): ICredentialType[] {
	const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { n8n: { credentials: string[] } };
	return manifest.n8n.credentials.flatMap((file) =>
		Object.values(require(join(PROJECT_ROOT, file)) as Record<string, unknown>)
			.filter((exported): exported is new () => ICredentialType => typeof exported === 'function')
			.map((CredentialClass) => new CredentialClass()),
	);
}

type Option = INodePropertyOptions | INodeProperties | INodePropertyCollection;

/** Every property, including those nested in collections and fixed collections, with its path. */
function* walk(properties: INodeProperties[], path: string): Generator<{ path: string; property: INodeProperties }> {
	for (const property of properties) {
		const here = `${path}.${property.name}`;
		yield { path: here, property };
		for (const option of (property.options ?? []) as Option[]) {
			if ('type' in option && 'displayName' in option) yield* walk([option], here);
			if ('values' in option) yield* walk(option.values, `${here}.${option.name}`);
		}
	}
}

/**
 * n8n's public API and `n8n import:credentials` validate credential data against a JSON schema in which every
 * `options` property is `{type: "string", enum: [its values]}`: a number value can then never be set.
 */
describe('credential option values', () => {
	const credentialTypes = builtCredentialTypes();

	it('loads every built credential class', () => {
		expect(credentialTypes.map((type) => type.name).sort()).toEqual([
			'cegidRecruitingApi',
			'jobcaseApi',
			'jobtrainApi',
			'nhsJobApi',
			'nhsJobOAuth2Api',
			'nhsJobWebhookApi',
		]);
	});

	it('every options and multiOptions property has string values and a string default', () => {
		const offending: string[] = [];
		let checked = 0;
		for (const credentialType of credentialTypes) {
			for (const { path, property } of walk(credentialType.properties, credentialType.name)) {
				if (property.type !== 'options' && property.type !== 'multiOptions') continue;
				checked++;
				for (const option of (property.options ?? []) as INodePropertyOptions[]) {
					if (typeof option.value !== 'string') offending.push(`${path}: option "${option.name}" has the ${typeof option.value} value ${JSON.stringify(option.value)}`);
				}
				const defaults = property.type === 'multiOptions' ? (property.default as unknown[]) : [property.default];
				for (const value of defaults) {
					if (typeof value !== 'string') offending.push(`${path}: the default ${JSON.stringify(value)} is not a string`);
				}
			}
		}
		expect(offending).toEqual([]);
		// environment on both NHSJob credentials, scope on Cegid's.
		expect(checked).toBeGreaterThanOrEqual(3);
	});

	it('the NHSJob plan rate limit is a whole number of at least 1, 60 by default, naming the 60/300/1000 plans', () => {
		for (const name of ['nhsJobApi', 'nhsJobOAuth2Api']) {
			const property = credentialTypes.find((type) => type.name === name)?.properties.find((entry) => entry.name === 'requestsPerMinute');
			expect(property?.type).toBe('number');
			expect(property?.typeOptions).toEqual({ minValue: 1, numberPrecision: 0 });
			expect(property?.default).toBe(60);
			expect(property?.description).toContain('60, 300, 1000');
		}
	});
});

describe('NHSJob plan limit of a credential', () => {
	it('reads the numbers saved now and the strings saved by earlier versions', () => {
		expect(planLimitOf({ requestsPerMinute: 7 })).toBe(7);
		expect(planLimitOf({ requestsPerMinute: 7.9 })).toBe(7);
		expect(planLimitOf({ requestsPerMinute: '60' })).toBe(60);
		expect(planLimitOf({ requestsPerMinute: '300' })).toBe(300);
		expect(planLimitOf({ requestsPerMinute: '1000' })).toBe(1000);
		expect(planLimitOf({ requestsPerMinute: 300 })).toBe(300);
		expect(planLimitOf({ requestsPerMinute: 60 })).toBe(60);
	});

	it('falls back to the smallest plan when the value is missing or unusable', () => {
		const unusable: Array<string | number | null | undefined> = [undefined, null, '', ' ', 'fast', 0, 0.5, -5, '0'];
		for (const requestsPerMinute of unusable) {
			expect(planLimitOf({ requestsPerMinute })).toBe(60);
		}
	});
});
