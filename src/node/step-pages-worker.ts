/**
 * The worker thread of src/node/step-pages-writer.ts: fills and writes the
 * step pages of the flows it is sent, and posts back how many it wrote.
 */
import { parentPort } from 'node:worker_threads';
import { writeFlowStepPages, type FlowStepJob } from './write-flow-step-pages.ts';

parentPort!.once('message', (message: { jobs: FlowStepJob[]; outDir: string; nonce: string }) => {
  try {
    const written = message.jobs.reduce((sum, job) => sum + writeFlowStepPages(job, message.outDir, message.nonce), 0);
    parentPort!.postMessage({ written });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
