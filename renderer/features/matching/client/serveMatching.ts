import { MatchError, type MatchService } from './matchService';
import type { WorkerReply, WorkerRequest, WorkerResults } from './protocol';

const isAbort = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';

/** Engine failures are the service's own, already in Chinese; anything else is a fault, said as one. */
const messageOf = (error: unknown): string =>
  error instanceof MatchError ? error.message : `匹配计算出错：${error instanceof Error ? error.message : String(error)}`;

/**
 * The worker's side of the protocol, apart from the worker itself so that the
 * tests drive it in Node: runs each request on the service and posts one
 * answer per id. Requests are not queued behind each other: a rank asked
 * while a bulk run is between chunks is answered at once.
 */
export const serveMatching = (service: MatchService, post: (reply: WorkerReply) => void): ((request: WorkerRequest) => void) => {
  const running = new Map<number, AbortController>();

  const run = (request: Exclude<WorkerRequest, { op: 'cancel' }>): Promise<WorkerResults[keyof WorkerResults]> => {
    switch (request.op) {
      case 'load':
        return service.load(request.corpus, request.settings).then(() => undefined);
      case 'upsert':
        return service.upsert(request.kind, request.docs).then(() => undefined);
      case 'remove':
        return service.remove(request.kind, request.ids).then(() => undefined);
      case 'rank':
        return service.rank(request.request);
      case 'bulk': {
        const controller = new AbortController();
        running.set(request.id, controller);
        return service
          .bulk(request.query, { signal: controller.signal, onProgress: (progress) => post({ id: request.id, type: 'progress', progress }) })
          .finally(() => running.delete(request.id));
      }
    }
  };

  return (request) => {
    if (request.op === 'cancel') {
      running.get(request.id)?.abort();
      return;
    }
    run(request).then(
      (value) => post({ id: request.id, type: 'done', value }),
      (error: unknown) => post({ id: request.id, type: 'failed', message: isAbort(error) ? '已取消' : messageOf(error), aborted: isAbort(error) }),
    );
  };
};
