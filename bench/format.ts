export function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(2)} s`;
}

export function ratio(a: number, b: number): string {
	return `${(a / b).toFixed(2)}×`;
}

export function percent(share: number): string {
	return `${(share * 100).toFixed(1)} %`;
}

export function line(label: string, value: string): void {
	process.stdout.write(`  ${label.padEnd(46)} ${value}\n`);
}
