import { SeededRandom } from '../../core/random';
import type { ApplicationStatus } from '../records';
import { JobtrainStore } from '../store';
import { buildApplication, buildCandidate, buildJob, seededDocument } from './buildRecords';
import type { ResolvedSeed } from './seedOptions';
import { seedSettings } from './seedSettings';

const DAY_MS = 86_400_000;
const POSTING_WINDOW_DAYS = 90;
const CLOSED_SHARE = 0.2;
const NEXT_STATUSES: ApplicationStatus[] = ['Screening', 'Shortlisted', 'Interview', 'Offered', 'Hired', 'Rejected', 'Withdrawn'];

/**
 * A fresh store: settings, then jobs posted over the 90 days before the anchor (about 20% closed),
 * then applications with a status history, some of it within the last day. Each kind draws from
 * its own random stream, so changing the number of applications does not change the jobs.
 */
export function seedJobtrainStore(seed: ResolvedSeed): JobtrainStore {
	const store = new JobtrainStore(seed.anchorMs);
	const stream = (index: number) => new SeededRandom(Math.imul(seed.randomSeed, 0x9e3779b1) + index * 0x632be5ab);
	seedSettings(store);

	const jobRandom = stream(1);
	const ages = Array.from({ length: seed.jobs }, () => Math.floor(jobRandom.next() * POSTING_WINDOW_DAYS * DAY_MS)).sort((a, b) => b - a);
	for (const age of ages) {
		const job = buildJob(store, jobRandom, seed.anchorMs - age);
		job.updatedMs = job.createdMs + Math.floor(jobRandom.next() * (seed.anchorMs - job.createdMs));
		if (jobRandom.chance(CLOSED_SHARE)) {
			job.status = 'Closed';
			job.closingMs = job.updatedMs;
		} else {
			job.closingMs = seed.anchorMs + jobRandom.int(7, 45) * DAY_MS;
		}
	}

	const jobs = [...store.jobs.values()];
	if (jobs.length === 0) return store;
	const random = stream(2);
	const applied = Array.from({ length: seed.applications }, () => {
		const job = random.pick(jobs);
		return { job, at: job.createdMs + Math.floor(random.next() * (seed.anchorMs - job.createdMs)) };
	}).sort((a, b) => a.at - b.at);
	for (const { job, at } of applied) {
		const candidate = buildCandidate(store, random, at);
		const files = { cv: seededDocument('CV', candidate), coverLetter: random.chance(0.4) ? seededDocument('Cover letter', candidate) : null };
		const application = buildApplication(store, random, job, candidate, at, files);
		let last = at;
		for (let step = random.int(0, 3); step > 0 && last < seed.anchorMs; step--) {
			last = Math.min(seed.anchorMs, last + 1 + Math.floor(random.next() * (seed.anchorMs - last)));
			application.history.push({ status: random.pick(NEXT_STATUSES), atMs: last });
		}
	}
	return store;
}
