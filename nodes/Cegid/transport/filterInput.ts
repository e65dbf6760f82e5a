import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors';
import { isoDateProblem } from '../../shared/isoDate';
import { FILTER_RESERVED, filterDate } from './export/filter';

/** Reads the export filters a user entered, refusing values the filter syntax cannot carry. */
export class FilterInput {
	constructor(
		private readonly context: IExecuteFunctions,
		private readonly itemIndex: number,
		private readonly values: IDataObject,
	) {}

	/** Comma- or line-separated values (or an array from an expression), each usable in `field::v1,v2`. */
	list(name: string, label: string, example: string): string[] | undefined {
		const raw = this.values[name];
		if (raw === undefined || raw === null || raw === '') return undefined;
		const entries = (Array.isArray(raw) ? raw.map(String) : String(raw).split(/[,\n]/)).map((entry) => entry.trim()).filter(Boolean);
		const bad = entries.find((entry) => FILTER_RESERVED.test(entry));
		if (bad !== undefined) {
			throw this.invalid(label, `"${bad}" contains "," or "|", which Cegid's filter syntax reserves`, `Enter values separated by commas, e.g. ${example}.`);
		}
		return entries.length > 0 ? entries : undefined;
	}

	date(name: string, label: string): string | undefined {
		const raw = this.values[name];
		if (raw === undefined || raw === null || raw === '') return undefined;
		const problem = isoDateProblem(raw);
		if (problem) throw this.invalid(label, problem, `Enter a real ISO 8601 date such as 2025-06-10 or 2025-06-10T08:00:00.`);
		const date = filterDate(String(raw));
		if (date === undefined) throw this.invalid(label, `"${String(raw)}" is not a date`, 'Enter an ISO 8601 date such as 2025-06-10 or 2025-06-10T08:00:00.');
		return date;
	}

	wholeNumber(name: string, label: string): number | undefined {
		const raw = this.values[name];
		if (raw === undefined || raw === null || raw === '') return undefined;
		const value = Number(raw);
		if (!Number.isInteger(value) || value < 0) {
			throw this.invalid(label, `${JSON.stringify(raw)} is not a whole number`, 'Enter the chrono number of the last record you processed, e.g. 108921.');
		}
		return value;
	}

	text(name: string): string | undefined {
		const raw = this.values[name];
		return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
	}

	private invalid(label: string, problem: string, fix: string) {
		return inputError(this.context.getNode(), this.itemIndex, label, problem, fix);
	}
}
