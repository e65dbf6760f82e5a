import { CegidProvider } from './cegid';
import { JobcaseProvider } from './jobcase';
import { NhsJobProvider } from './nhsjob';
import { JobtrainProvider } from './jobtrain';
import type { SandboxProvider } from './provider';

/**
 * The one place providers are registered. To add one: write `sandbox/<provider>/` exporting a class that
 * implements SandboxProvider, and add its factory line here.
 */
export const PROVIDER_FACTORIES = {
	jobcase: (options: ConstructorParameters<typeof JobcaseProvider>[0]) => new JobcaseProvider(options),
	nhsjob: (options: ConstructorParameters<typeof NhsJobProvider>[0]) => new NhsJobProvider(options),
	jobtrain: (options: ConstructorParameters<typeof JobtrainProvider>[0]) => new JobtrainProvider(options),
	cegid: (options: ConstructorParameters<typeof CegidProvider>[0]) => new CegidProvider(options),
} as const;

type Factories = typeof PROVIDER_FACTORIES;
type OptionsOf<K extends ProviderName> = NonNullable<Parameters<Factories[K]>[0]>;

export type ProviderName = keyof Factories;

export type SandboxProviders = { [K in ProviderName]: ReturnType<Factories[K]> };

/** Per-provider seed sizes, as `POST /_control/reset` takes them. */
export type SandboxSeed = { [K in ProviderName]?: OptionsOf<K>['seed'] };

/** Per-provider settings, as `POST /_control/config` takes them. */
export type SandboxConfig = { [K in ProviderName]?: OptionsOf<K>['config'] };

export type AnyProvider = SandboxProvider<unknown, unknown, unknown>;

export const PROVIDER_NAMES = Object.keys(PROVIDER_FACTORIES) as ProviderName[];

export function createProviders(seed: SandboxSeed = {}, config: SandboxConfig = {}): SandboxProviders {
	const providers: Record<string, AnyProvider> = {};
	for (const name of PROVIDER_NAMES) {
		const factory = PROVIDER_FACTORIES[name] as (options: { seed?: unknown; config?: unknown }) => AnyProvider;
		providers[name] = factory({ seed: seed[name], config: config[name] });
	}
	return providers as SandboxProviders;
}
