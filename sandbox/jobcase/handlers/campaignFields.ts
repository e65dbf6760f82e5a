import { decimalField, integerField } from '../drf/fields';

/** Multiple of 10 between 10 and 60 (campaigns and estimates). */
export const aggressivenessField = () =>
	integerField({ min: 10, max: 60 }).refine((value) =>
		value % 10 === 0 ? undefined : 'Ensure this value is a multiple of step size 10.',
	);

/** Money with at most two decimals, at least `minValue`. */
export const moneyField = (minValue: number) => decimalField({ minValue, maxDecimalPlaces: 2 });
