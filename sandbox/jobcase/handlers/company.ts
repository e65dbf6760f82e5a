import { json } from '../../core/reply';
import type { SandboxRequest } from '../../core/request';
import type { JobcaseContext } from '../context';
import type { FieldErrors } from '../drf/errorTree';
import { charField, emailField, integerField, postalCodeField, urlField } from '../drf/fields';
import { paginate, readPage } from '../drf/paging';
import { readRequestData } from '../drf/requestData';
import { notFound, permissionDenied, validationFailed } from '../drf/responses';
import { type Parsed, nestedField, requireValid, validateData } from '../drf/serializer';
import type { CompanyRecord } from '../records';
import { representCompany } from '../represent';
import type { EndpointHandlers } from './endpointHandlers';
import { looksLikeImage } from './imageSniffer';

const personSchema = { firstName: charField({ maxLength: 100 }), lastName: charField({ maxLength: 100 }), email: emailField() };

const companySchema = {
	partnerId: integerField(),
	companyName: charField({ maxLength: 255 }),
	partnerCompanyId: charField({ maxLength: 255 }),
	companyUrl: urlField(),
	companyStreet: charField({ maxLength: 255 }),
	companyCity: charField({ maxLength: 255 }),
	companyState: charField({ exactLength: 2 }),
	companyZipCode: postalCodeField({ minLength: 5, maxLength: 7 }),
	companyContact: nestedField(personSchema).optional().nullable(),
	salesRep: nestedField(personSchema).optional().nullable(),
};

type CompanyInput = Parsed<typeof companySchema>;

export function companyHandlers(
	ctx: JobcaseContext,
): Pick<EndpointHandlers, 'createCompany' | 'listCompanies' | 'getCompany' | 'updateCompany' | 'uploadCompanyLogo'> {
	return {
		createCompany: (req) => {
			const input = validateCompany(ctx, req, undefined);
			const store = ctx.store();
			const company: CompanyRecord = { id: store.ids.company.next(), ...toRecordFields(ctx, input) };
			store.companies.set(company.id, company);
			return json(201, representCompany(store, company));
		},
		listCompanies: (req) => {
			const page = readPage(req.query, ctx.config().maxPageSize, ctx.config().overMaxPageSize);
			const store = ctx.store();
			return json(200, paginate([...store.companies.values()], page, (company) => representCompany(store, company)));
		},
		getCompany: (req) => json(200, representCompany(ctx.store(), findCompany(ctx, req))),
		updateCompany: (req) => {
			const company = findCompany(ctx, req);
			const input = validateCompany(ctx, req, company.id);
			Object.assign(company, toRecordFields(ctx, input));
			return json(200, representCompany(ctx.store(), company));
		},
		uploadCompanyLogo: (req) => {
			const company = findCompany(ctx, req);
			const logo = readRequestData(req).files.find((file) => file.fieldName === 'company_logo');
			if (!logo || logo.bytes.length === 0) throw validationFailed({ company_logo: ['No file was submitted.'] });
			if (!looksLikeImage(logo.bytes)) {
				throw validationFailed({
					company_logo: ['Upload a valid image. The file you uploaded was either not an image or a corrupted image.'],
				});
			}
			ctx.store().logos.set(company.id, { filename: logo.filename, contentType: logo.contentType, bytes: logo.bytes });
			return json(200, { success: true });
		},
	};
}

function findCompany(ctx: JobcaseContext, req: SandboxRequest): CompanyRecord {
	const company = ctx.store().companies.get(Number(req.params.companyId));
	if (!company) throw notFound();
	return company;
}

/** Validates a create/update body; `selfId` is the company being updated (excluded from the uniqueness check). */
function validateCompany(ctx: JobcaseContext, req: SandboxRequest, selfId: number | undefined): CompanyInput {
	const partnerId = ctx.config().partnerId;
	const input = requireValid(validateData(companySchema, readRequestData(req).data), (valid): FieldErrors => {
		const duplicate =
			valid.partnerCompanyId !== undefined &&
			[...ctx.store().companies.values()].some(
				(company) =>
					company.id !== selfId &&
					company.partnerId === partnerId &&
					company.partnerCompanyId === valid.partnerCompanyId,
			);
		return duplicate ? { partnerCompanyId: ['company with this partnerCompanyId already exists.'] } : {};
	});
	if (input.partnerId !== partnerId) throw permissionDenied('You do not have permission to act for this partner.');
	return input;
}

function toRecordFields(ctx: JobcaseContext, input: CompanyInput): Omit<CompanyRecord, 'id'> {
	const store = ctx.store();
	return {
		partnerId: input.partnerId,
		companyName: input.companyName,
		partnerCompanyId: input.partnerCompanyId,
		companyUrl: input.companyUrl,
		companyStreet: input.companyStreet,
		companyCity: input.companyCity,
		companyState: input.companyState,
		companyZipCode: input.companyZipCode,
		companyContactId: input.companyContact ? store.findOrAddPerson(input.companyContact).id : null,
		salesRepId: input.salesRep ? store.findOrAddPerson(input.salesRep).id : null,
	};
}
