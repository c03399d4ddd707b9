import './noEval';
import { measureBundles } from './pipeline';
import type { BundleParams, WorkerReply } from './protocol';

/**
 * The bundles page's worker: the whole measurement runs here, as the app
 * packs and imports bundles in its bundle worker, so the page stays free.
 */
const post = (reply: WorkerReply) => self.postMessage(reply);

self.addEventListener('message', (event: MessageEvent<BundleParams>) => {
  measureBundles(event.data, { now: () => performance.now() }, (line) => post({ type: 'log', line }))
    .then((measurement) => post({ type: 'done', measurement }))
    .catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
});
