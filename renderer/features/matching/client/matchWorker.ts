import initJieba, { add_word, cut_for_search } from 'jieba-wasm/web';
import { createMatchService, type SegmenterFactory } from './matchService';
import type { WorkerRequest } from './protocol';
import { serveMatching } from './serveMatching';

let jiebaReady: Promise<unknown> | undefined;

/**
 * jieba-wasm's web build, compiled once per worker from the .wasm Vite emits
 * as an asset (the app's CSP allows it with 'wasm-unsafe-eval'). Search mode,
 * as in the CLI (cli/segmenter.ts), so the app ranks as `cli match` does.
 */
const webJieba: SegmenterFactory = async (words) => {
  jiebaReady ??= initJieba().catch((error: unknown) => {
    // Let the next load try again (a file briefly locked by an antivirus scan, say).
    jiebaReady = undefined;
    throw error;
  });
  await jiebaReady;
  for (const word of words) add_word(word);
  return (text) => cut_for_search(text, true);
};

const handle = serveMatching(createMatchService(webJieba), (reply) => self.postMessage(reply));
self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => handle(event.data));
