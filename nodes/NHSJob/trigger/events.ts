export const NHSJOB_EVENTS = ['job.created', 'job.updated', 'job.closed', 'application.submitted', 'application.status_changed'] as const;
