export interface Product {
	readonly id: number;
	readonly code: string;
	readonly runtime: number;
	readonly shortCode: string;
	readonly description: string;
	readonly title: string;
}

/** The product catalogue every partner sees; only `college` is named in the reference, the rest are illustrative. */
export const PRODUCT_CATALOGUE: readonly Product[] = [
	{ id: 1, code: 'college', runtime: 30, shortCode: 'col:101', description: 'This product distributes to college sites', title: 'College Network' },
	{ id: 2, code: 'diversity', runtime: 30, shortCode: 'div:102', description: 'This product distributes to diversity job boards', title: 'Diversity Network' },
	{ id: 3, code: 'veterans', runtime: 30, shortCode: 'vet:103', description: 'This product distributes to veteran hiring sites', title: 'Veterans Network' },
	{ id: 4, code: 'healthcare', runtime: 30, shortCode: 'hcr:104', description: 'This product distributes to healthcare job boards', title: 'Healthcare Network' },
	{ id: 5, code: 'featured', runtime: 14, shortCode: 'ftr:105', description: 'Pins the job to the top of matching search results', title: 'Featured Listing' },
	{ id: 6, code: 'social', runtime: 7, shortCode: 'soc:106', description: 'Promotes the job in the Jobcase community feed', title: 'Social Boost' },
];

export const PRODUCT_CODES: readonly string[] = PRODUCT_CATALOGUE.map((product) => product.code);
