/** C0 controls, DEL and C1 controls: never part of a file name or a path a user meant to type. */
function isControlCode(code: number): boolean {
	return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

export function hasControlCharacter(text: string): boolean {
	for (let index = 0; index < text.length; index++) if (isControlCode(text.charCodeAt(index))) return true;
	return false;
}

export function withoutControlCharacters(text: string): string {
	let kept = '';
	for (let index = 0; index < text.length; index++) if (!isControlCode(text.charCodeAt(index))) kept += text[index];
	return kept;
}
