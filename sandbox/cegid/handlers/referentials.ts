import { json } from '../../core/reply';
import type { Handler } from '../../core/router';
import type { CegidContext } from '../context';
import type { ReferentialItem } from '../store';
import { notFound } from '../responses';

function category(ctx: CegidContext, name: string): ReferentialItem[] {
	const entry = [...ctx.store().referentials.entries()].find(([key]) => key.toLowerCase() === name.toLowerCase());
	if (!entry) throw notFound(`The referential "${name}" does not exist.`);
	return entry[1];
}

function item(ctx: CegidContext, categoryName: string, id: string): ReferentialItem {
	const found = category(ctx, categoryName).find((candidate) => String(candidate.code) === id || candidate.clientCode === id);
	if (!found) throw notFound(`The referential "${categoryName}" has no item "${id}".`);
	return found;
}

function represent({ translations: _translations, ...rest }: ReferentialItem) {
	return rest;
}

export function listReferentialHandler(ctx: CegidContext): Handler {
	return (req) => json(200, category(ctx, req.params.category).map(represent));
}

/** Translations are answered as `[{languageCode, label}]` (the real shape is not published). */
export function listTranslationsHandler(ctx: CegidContext): Handler {
	return (req) => {
		const found = item(ctx, req.params.category, req.params.itemId);
		return json(200, Object.entries(found.translations).map(([languageCode, label]) => ({ languageCode, label })));
	};
}

export function getTranslationHandler(ctx: CegidContext): Handler {
	return (req) => {
		const found = item(ctx, req.params.category, req.params.itemId);
		const entry = Object.entries(found.translations).find(([code]) => code.toLowerCase() === req.params.languageCode.toLowerCase());
		if (!entry) throw notFound(`No "${req.params.languageCode}" translation for item "${req.params.itemId}".`);
		return json(200, { languageCode: entry[0], label: entry[1] });
	};
}
