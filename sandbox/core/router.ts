import type { Reply } from './reply';
import type { SandboxRequest } from './request';

export type Handler = (req: SandboxRequest) => Reply | Promise<Reply>;

export type RouteMatch =
	| { readonly kind: 'found'; readonly handler: Handler; readonly params: Record<string, string> }
	| { readonly kind: 'method-not-allowed'; readonly allowed: string[] }
	| { readonly kind: 'not-found' };

interface Route {
	readonly method: string;
	readonly pattern: RegExp;
	readonly paramNames: string[];
	readonly handler: Handler;
}

/**
 * Method + path routing. Patterns look like `/company/:companyId(\d+)/logo/`: `:name` matches one path segment,
 * an optional `(regex)` constrains it. The trailing slash is optional when matching. Routes are tried in the
 * order they were added.
 */
export class Router {
	private readonly routes: Route[] = [];

	get(pattern: string, handler: Handler): this {
		return this.add('GET', pattern, handler);
	}

	post(pattern: string, handler: Handler): this {
		return this.add('POST', pattern, handler);
	}

	put(pattern: string, handler: Handler): this {
		return this.add('PUT', pattern, handler);
	}

	delete(pattern: string, handler: Handler): this {
		return this.add('DELETE', pattern, handler);
	}

	add(method: string, pattern: string, handler: Handler): this {
		const { regex, paramNames } = compilePattern(pattern);
		this.routes.push({ method: method.toUpperCase(), pattern: regex, paramNames, handler });
		return this;
	}

	match(method: string, path: string): RouteMatch {
		const wanted = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
		const allowed = new Set<string>();
		for (const route of this.routes) {
			const found = route.pattern.exec(path);
			if (!found) continue;
			if (route.method === wanted) {
				return { kind: 'found', handler: route.handler, params: paramsOf(route.paramNames, found) };
			}
			allowed.add(route.method);
		}
		return allowed.size > 0 ? { kind: 'method-not-allowed', allowed: [...allowed] } : { kind: 'not-found' };
	}
}

function compilePattern(pattern: string): { regex: RegExp; paramNames: string[] } {
	const paramNames: string[] = [];
	const segments = pattern
		.replace(/\/+$/, '')
		.split('/')
		.map((segment) => {
			const param = /^:([A-Za-z_][A-Za-z0-9_]*)(?:\((.+)\))?$/.exec(segment);
			if (!param) return escapeRegex(segment);
			paramNames.push(param[1]);
			return `(${param[2] ?? '[^/]+'})`;
		});
	return { regex: new RegExp(`^${segments.join('/')}/?$`), paramNames };
}

function paramsOf(names: string[], found: RegExpExecArray): Record<string, string> {
	const params: Record<string, string> = {};
	names.forEach((name, index) => {
		const raw = found[index + 1];
		try {
			params[name] = decodeURIComponent(raw);
		} catch {
			params[name] = raw;
		}
	});
	return params;
}

function escapeRegex(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
