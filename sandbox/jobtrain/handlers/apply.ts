import { parseHeaderWithParams } from '../../core/contentType';
import { MultipartError, parseMultipart, type MultipartForm } from '../../core/multipart';
import { json } from '../../core/reply';
import { iso } from '../clock';
import { APPLICATION_FIELDS } from '../config';
import type { AuthorizedRequest, JobtrainContext } from '../context';
import { duplicate, forbidden, invalidFormat, jobClosed, mandatoryMissing, tooLarge } from '../problems';
import type { CandidateRecord, StoredFile } from '../records';
import { buildApplication } from '../seed/buildRecords';
import { nameAndPostcodeKey } from '../store';
import type { EndpointHandlers } from './handlerTypes';
import { visibleJob } from './jobs';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TEXT_FIELDS = APPLICATION_FIELDS.filter((field) => field !== 'cv' && field !== 'coverLetter');

function readForm(req: AuthorizedRequest, maxFileBytes: number): MultipartForm {
	if (req.bodyTooLarge) throw tooLarge('The request is too large.');
	if (parseHeaderWithParams(req.headers['content-type']).mediaType !== 'multipart/form-data') {
		throw invalidFormat('A direct application must be sent as multipart/form-data with the candidate’s fields and a "cv" file.');
	}
	let form: MultipartForm;
	try {
		form = parseMultipart(req.body, req.headers['content-type']);
	} catch (error) {
		if (error instanceof MultipartError) throw invalidFormat(`The multipart body could not be read: ${error.message}`);
		throw error;
	}
	for (const file of form.files) {
		if (file.bytes.length >= maxFileBytes) {
			throw tooLarge(`The file "${file.filename}" (${file.fieldName}) is ${file.bytes.length} bytes.`);
		}
	}
	return form;
}

function checkFields(form: MultipartForm, mandatory: string[]): void {
	const errors: Record<string, string[]> = {};
	const hasFile = (name: string) => form.files.some((file) => file.fieldName === name && file.bytes.length > 0);
	for (const field of mandatory) {
		const present = field === 'cv' || field === 'coverLetter' ? hasFile(field) : (form.fields[field] ?? '').trim() !== '';
		if (!present) errors[field] = [`The ${field} field is required.`];
	}
	const email = (form.fields.email ?? '').trim();
	if (email !== '' && !EMAIL.test(email)) errors.email = [`'${email}' is not a valid email address.`];
	if (Object.keys(errors).length > 0) throw mandatoryMissing(errors);
}

function fileOf(form: MultipartForm, name: string): StoredFile | null {
	const file = form.files.find((entry) => entry.fieldName === name);
	return file ? { fileName: file.filename, contentType: file.contentType, bytes: file.bytes } : null;
}

/**
 * Creates a candidate and submits a direct application to a job, in the order Jobtrain's documented
 * codes suggest: unknown job 404, closed job 410, unreadable body 400, file of 1 MB or more 413,
 * mandatory field 422, and the uniqueness rules 409.
 */
export function applyHandlers(ctx: JobtrainContext): Pick<EndpointHandlers, 'applyToJob'> {
	return {
		applyToJob: (req) => {
			const config = ctx.config();
			const store = ctx.store();
			const job = visibleJob(ctx, req);
			if (!req.user.canApply) throw forbidden('The API user’s Security Role does not allow creating candidates or applications.');
			const now = ctx.clock.now();
			if (job.status === 'Closed' || job.closingMs < now) throw jobClosed(job.jobId);
			const form = readForm(req, config.maxFileBytes);
			checkFields(form, config.mandatoryApplicationFields);

			const text = (name: string) => {
				const value = (form.fields[name] ?? '').trim();
				return value === '' ? null : value;
			};
			const person = { firstName: text('firstName') ?? '', surname: text('surname') ?? '', postcode: text('postcode') };
			const email = (text('email') ?? '').toLowerCase();
			if (store.candidateByEmail.has(email)) {
				throw duplicate(`A candidate with the email address ${email} already exists. Candidate email addresses must be unique.`);
			}
			const key = nameAndPostcodeKey(person);
			if (key && store.candidateByNameAndPostcode.has(key)) {
				throw duplicate(
					`A candidate named ${person.firstName} ${person.surname} with the postcode ${person.postcode} already exists. First name + surname + postcode must be unique.`,
				);
			}

			const at = ctx.clock.stamp();
			const fields = Object.fromEntries(TEXT_FIELDS.map((name) => [name, text(name)])) as Record<(typeof TEXT_FIELDS)[number], string | null>;
			const candidate: CandidateRecord = {
				...fields,
				candidateId: store.ids.candidate.next(),
				firstName: person.firstName,
				surname: person.surname,
				email: text('email') ?? email,
				createdMs: at,
			};
			store.addCandidate(candidate);
			const application = buildApplication(store, ctx.random(), job, candidate, at, {
				cv: fileOf(form, 'cv'),
				coverLetter: fileOf(form, 'coverLetter'),
			});
			return json(201, {
				candidateId: candidate.candidateId,
				applicationId: application.applicationId,
				jobId: job.jobId,
				status: application.history[0].status,
				appliedDate: iso(at),
			});
		},
	};
}
