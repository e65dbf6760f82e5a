import type { IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

/** Answers the delivery ourselves and starts no workflow. */
export function answerWithoutRun(context: IWebhookFunctions, status: number, body: Record<string, unknown>): IWebhookResponseData {
	const response = context.getResponseObject();
	response.statusCode = status;
	response.setHeader('Content-Type', 'application/json');
	response.end(JSON.stringify(body));
	return { noWebhookResponse: true };
}
