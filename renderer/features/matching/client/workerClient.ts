import type { WorkerReply, WorkerRequest, WorkerResults } from './protocol';
import { segmenterWords } from './segmenterWords';
import type { BulkProgress, MatchClient } from './types';

/**
 * The worker as the client sees it: a real module worker in the app, an
 * in-memory stand-in over the same `serveMatching` in tests.
 */
export type MatchPort = {
  send(request: WorkerRequest): void;
  /** `onCrash` hears of failures outside any request: the script or a module it imports could not load. */
  listen(onReply: (reply: WorkerReply) => void, onCrash: (message: string) => void): void;
  terminate(): void;
};

/** Starts `matchWorker.ts` as an ES module worker (vite.config.ts: `worker.format: 'es'`). */
export const spawnMatchWorker = (): MatchPort => {
  const worker = new Worker(new URL('./matchWorker.ts', import.meta.url), { type: 'module', name: 'matching' });
  return {
    send: (request) => worker.postMessage(request),
    listen: (onReply, onCrash) => {
      worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => onReply(event.data));
      worker.addEventListener('messageerror', () => onCrash('消息无法读取'));
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        onCrash(event.message || '脚本无法加载');
      });
    },
    terminate: () => worker.terminate(),
  };
};

type Pending = { resolve(value: unknown): void; reject(error: Error): void; onProgress?: ((progress: BulkProgress) => void) | undefined };

const abortError = (): Error => new DOMException('已取消', 'AbortError');
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The matching screens' `MatchClient`, backed by a web worker: requests and
 * answers are matched by id; a bulk run reports progress and stops when its
 * signal aborts (the promise rejects at once, the worker stops at its next
 * chunk). jieba cannot forget a word, so a load whose words leave out one the
 * worker has registered starts a fresh worker; requests still waiting on the
 * old one are rejected.
 */
export const createWorkerClient = (spawn: () => MatchPort = spawnMatchWorker): MatchClient => {
  const pending = new Map<number, Pending>();
  let port: MatchPort | undefined;
  let registered = new Set<string>();
  let nextId = 1;
  let disposed = false;

  const stop = (message: string) => {
    port?.terminate();
    port = undefined;
    registered = new Set();
    const waiting = [...pending.values()];
    pending.clear();
    for (const entry of waiting) entry.reject(new Error(message));
  };

  const onReply = (reply: WorkerReply) => {
    const entry = pending.get(reply.id);
    if (!entry) return;
    if (reply.type === 'progress') {
      entry.onProgress?.(reply.progress);
      return;
    }
    pending.delete(reply.id);
    if (reply.type === 'done') entry.resolve(reply.value);
    else entry.reject(reply.aborted ? abortError() : new Error(reply.message));
  };

  const started = (): MatchPort => {
    if (port) return port;
    const fresh = spawn();
    fresh.listen(onReply, (message) => {
      if (port === fresh) stop(`匹配组件出错：${message}`);
    });
    port = fresh;
    return fresh;
  };

  /** Sends one request; the worker answers operation `op` with `WorkerResults[op]`, which is what the caller names as T. */
  const ask = <T>(make: (id: number) => WorkerRequest, onProgress?: (progress: BulkProgress) => void): { id: number; answer: Promise<T> } => {
    const id = nextId++;
    const answer = new Promise<T>((resolve, reject) => {
      if (disposed) throw new Error('匹配组件已关闭');
      let target: MatchPort;
      try {
        target = started();
      } catch (error) {
        throw new Error(`匹配组件无法启动：${messageOf(error)}`, { cause: error });
      }
      pending.set(id, { resolve: (value) => resolve(value as T), reject, onProgress });
      try {
        target.send(make(id));
      } catch (error) {
        pending.delete(id);
        throw new Error(`匹配数据无法发送：${messageOf(error)}`, { cause: error });
      }
    });
    return { id, answer };
  };

  return {
    load(corpus, settings) {
      const words = segmenterWords(corpus, settings);
      const wanted = new Set(words);
      if ([...registered].some((word) => !wanted.has(word))) stop('匹配设置已更改，请重试');
      registered = new Set([...registered, ...words]);
      return ask<WorkerResults['load']>((id) => ({ id, op: 'load', corpus, settings })).answer;
    },
    upsert: (kind, docs) => ask<WorkerResults['upsert']>((id) => ({ id, op: 'upsert', kind, docs })).answer,
    remove: (kind, ids) => ask<WorkerResults['remove']>((id) => ({ id, op: 'remove', kind, ids })).answer,
    rank: (request) => ask<WorkerResults['rank']>((id) => ({ id, op: 'rank', request })).answer,
    bulk({ onProgress, signal, ...query }) {
      if (signal?.aborted) return Promise.reject(abortError());
      const { id, answer } = ask<WorkerResults['bulk']>((id) => ({ id, op: 'bulk', query }), onProgress);
      if (!signal) return answer;
      const cancel = () => {
        const entry = pending.get(id);
        if (!entry) return;
        pending.delete(id);
        port?.send({ id, op: 'cancel' });
        entry.reject(abortError());
      };
      signal.addEventListener('abort', cancel, { once: true });
      return answer.finally(() => signal.removeEventListener('abort', cancel));
    },
    dispose() {
      disposed = true;
      stop('匹配组件已关闭');
    },
  };
};
