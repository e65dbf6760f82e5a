import { json } from '../../core/reply';
import type { MultipartFile } from '../../core/multipart';
import type { JobcaseContext } from '../context';
import { formatInstant, nowMicros } from '../drf/datetime';
import { isPlainObject } from '../drf/errorTree';
import { charField, emailField, ipAddressField, urlField } from '../drf/fields';
import { readRequestData } from '../drf/requestData';
import { payloadTooLarge, validationFailed } from '../drf/responses';
import { requireValid, validateData } from '../drf/serializer';
import type { ApplicationEventRecord } from '../records';
import { representApplicationEvent } from '../represent';
import type { EndpointHandlers } from './endpointHandlers';

export const MAX_RESUME_BYTES = 5 * 1024 * 1024;

const eventSchema = {
	originalSource: charField({ maxLength: 255, allowBlank: true }).optional().nullable(),
	firstName: charField({ maxLength: 255 }),
	lastName: charField({ maxLength: 255 }),
	email: emailField(),
	phoneNumber: charField({ maxLength: 50 }),
	userIp: ipAddressField(),
	userAgent: charField({ allowBlank: true }).optional().nullable(),
	jobcaseProfileUrl: urlField().optional().nullable(),
};

export function applicationEventHandlers(ctx: JobcaseContext): Pick<EndpointHandlers, 'sendApplicationEvent'> {
	return {
		/** Takes JSON or a multipart form with an optional `resume` file. */
		sendApplicationEvent: (req) => {
			const { data, files } = readRequestData(req);
			const resume = readResume(data, files);
			const input = requireValid(validateData(eventSchema, data));
			const store = ctx.store();
			const event: ApplicationEventRecord = {
				id: store.ids.applicationEvent.next(),
				jobSourceId: req.params.jobSourceId,
				originalSource: input.originalSource ?? null,
				firstName: input.firstName,
				lastName: input.lastName,
				email: input.email,
				phoneNumber: input.phoneNumber,
				userIp: input.userIp,
				userAgent: input.userAgent ?? null,
				jobcaseProfileUrl: input.jobcaseProfileUrl ?? null,
				receivedAt: formatInstant(nowMicros()),
				resume: resume ? { filename: resume.filename, contentType: resume.contentType, bytes: resume.bytes } : null,
			};
			store.applicationEvents.set(event.id, event);
			rememberApplicant(ctx, event);
			return json(201, representApplicationEvent(event));
		},
	};
}

function readResume(data: unknown, files: readonly MultipartFile[]): MultipartFile | undefined {
	const resume = files.find((file) => file.fieldName === 'resume');
	if (!resume) {
		if (isPlainObject(data) && data.resume !== undefined && data.resume !== null && data.resume !== '') {
			throw validationFailed({ resume: ['The submitted data was not a file. Check the encoding type on the form.'] });
		}
		return undefined;
	}
	if (resume.bytes.length > MAX_RESUME_BYTES) {
		throw payloadTooLarge({ resume: ['File too large. Maximum size is 5 MB.'] });
	}
	if (resume.bytes.length === 0) throw validationFailed({ resume: ['The submitted file is empty.'] });
	return resume;
}

/** Applicants become known to the CCPA lookup. */
function rememberApplicant(ctx: JobcaseContext, event: ApplicationEventRecord): void {
	const store = ctx.store();
	const key = event.email.toLowerCase();
	const name = `${event.firstName} ${event.lastName}`;
	const existing = store.ccpa.get(key);
	if (existing) {
		existing.name = name;
		existing.phone = event.phoneNumber;
		if (event.resume) existing.resumeFile = event.id;
		return;
	}
	store.ccpa.set(key, {
		pk: store.ids.ccpa.next(),
		name,
		phone: event.phoneNumber,
		email: event.email,
		resumeFile: event.resume ? event.id : null,
	});
}
