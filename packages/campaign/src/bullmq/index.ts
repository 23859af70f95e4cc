export { DEFAULT_QUEUE, enqueueCampaign, jobIdOf } from "./enqueue.js";
export type { CampaignJob, Enqueued, EnqueueOptions } from "./enqueue.js";
export { createCampaignWorker } from "./worker.js";
export type { CampaignWorker, CampaignWorkerOptions } from "./worker.js";
export { readCampaignResult } from "./result.js";
export type { CampaignResult } from "./result.js";
