import { add_word, cut_for_search } from 'jieba-wasm/node';
import { createMatchService, type MatchService, type SegmenterFactory } from '../../../../../renderer/features/matching/client/matchService';
import { serveMatching } from '../../../../../renderer/features/matching/client/serveMatching';
import type { MatchPort } from '../../../../../renderer/features/matching/client/workerClient';
import type { WorkerReply, WorkerRequest } from '../../../../../renderer/features/matching/client/protocol';

/** jieba-wasm's Node build, set up as the worker sets up the web build (search mode, words registered). */
export const nodeJieba: SegmenterFactory = async (words) => {
  for (const word of words) add_word(word);
  return (text) => cut_for_search(text, true);
};

/** Every message crossing the in-memory port, in order, for assertions on the protocol. */
export type PortLog = { sent: WorkerRequest[]; terminated: boolean };

/**
 * A MatchPort that runs the real service in this thread, the way a worker
 * would: messages are structured-cloned (so a function sent by mistake fails
 * as it would) and delivered on a later macrotask, in order.
 */
export const inMemoryMatchPort = (service: MatchService = createMatchService(nodeJieba), log: PortLog = { sent: [], terminated: false }): MatchPort => {
  let onReply: ((reply: WorkerReply) => void) | undefined;
  const later = (deliver: () => void) =>
    setTimeout(() => {
      if (!log.terminated) deliver();
    }, 0);
  const handle = serveMatching(service, (reply) => {
    const copy = structuredClone(reply);
    later(() => onReply?.(copy));
  });
  return {
    send: (request) => {
      const copy = structuredClone(request);
      log.sent.push(copy);
      later(() => handle(copy));
    },
    listen: (reply) => {
      onReply = reply;
    },
    terminate: () => {
      log.terminated = true;
    },
  };
};
