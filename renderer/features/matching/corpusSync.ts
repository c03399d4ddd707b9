import type { MatchDoc } from '@shared/matching';
import type { CorpusKind, MatchCorpus } from './client/types';

export const CORPUS_KINDS: readonly CorpusKind[] = ['needs', 'achievements', 'experts'];

/** Per kind, each record's id and what the engine last saw of it. */
export type CorpusFingerprint = Record<CorpusKind, ReadonlyMap<string, string>>;
export type CorpusDocs = Record<CorpusKind, ReadonlyMap<string, MatchDoc>>;
export type CorpusChange = { kind: CorpusKind; upserts: MatchDoc[]; removals: string[] };

export const EMPTY_DOCS: CorpusDocs = { needs: new Map(), achievements: new Map(), experts: new Map() };

export const fingerprintOf = (corpus: MatchCorpus): CorpusFingerprint => {
  const of = (docs: readonly MatchDoc[]) => new Map(docs.map((d) => [d.id, JSON.stringify(d)]));
  return { needs: of(corpus.needs), achievements: of(corpus.achievements), experts: of(corpus.experts) };
};

export const docsOf = (corpus: MatchCorpus): CorpusDocs => {
  const of = (docs: readonly MatchDoc[]) => new Map(docs.map((d) => [d.id, d]));
  return { needs: of(corpus.needs), achievements: of(corpus.achievements), experts: of(corpus.experts) };
};

/**
 * What changed since the engine last saw the corpus: the records to upsert
 * (new or different) and the ids to remove, per kind. A check-in or a new
 * mobile number re-reads the corpus but changes no document, so nothing is
 * sent and no ranking is redone.
 */
export const diffCorpus = (known: CorpusFingerprint, next: MatchCorpus): CorpusChange[] => {
  const changes: CorpusChange[] = [];
  for (const kind of CORPUS_KINDS) {
    const before = known[kind];
    const seen = new Set<string>();
    const upserts = next[kind].filter((d) => {
      seen.add(d.id);
      return before.get(d.id) !== JSON.stringify(d);
    });
    const removals = [...before.keys()].filter((id) => !seen.has(id));
    if (upserts.length > 0 || removals.length > 0) changes.push({ kind, upserts, removals });
  }
  return changes;
};
