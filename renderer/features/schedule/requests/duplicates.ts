import { isActiveRequest, requestTopicKey, type MeetingRequest } from '@shared/model';

/**
 * 重复: what else is in play between the same two people. `topic` — another
 * active request about the same need and achievement (the same wish twice);
 * `pair` — the same two people, either direction, on another topic (likely
 * one meeting would cover both).
 */
export type DuplicateInfo = { kind: 'topic' | 'pair'; otherIds: string[] };

/** The same two people, in either direction. */
export const pairKey = (request: Pick<MeetingRequest, 'fromId' | 'toId'>): string =>
  request.fromId < request.toId ? `${request.fromId}|${request.toId}` : `${request.toId}|${request.fromId}`;

/**
 * For every request whose pair has another active request, the others.
 * One pass to group the active ones by pair, one to look each request up:
 * linear in the number of requests, so it keeps up with 10,000.
 */
export const findDuplicates = (requests: readonly MeetingRequest[]): Map<string, DuplicateInfo> => {
  const byPair = new Map<string, MeetingRequest[]>();
  for (const r of requests) {
    if (!isActiveRequest(r)) continue;
    const key = pairKey(r);
    const group = byPair.get(key);
    if (group) group.push(r);
    else byPair.set(key, [r]);
  }
  const found = new Map<string, DuplicateInfo>();
  for (const r of requests) {
    const others = (byPair.get(pairKey(r)) ?? []).filter((o) => o.id !== r.id);
    if (others.length === 0) continue;
    const topic = requestTopicKey(r);
    const sameTopic = others.filter((o) => requestTopicKey(o) === topic);
    // Same-topic repeats first: they are the ones the organiser must resolve.
    const ordered = [...sameTopic, ...others.filter((o) => !sameTopic.includes(o))];
    found.set(r.id, { kind: sameTopic.length > 0 ? 'topic' : 'pair', otherIds: ordered.map((o) => o.id) });
  }
  return found;
};
