import { describe, expect, it } from 'vitest';
import { diffCorpus, fingerprintOf } from '../../../../renderer/features/matching/corpusSync';

const need = (id: string, title: string) => ({ id, title });

describe('diffCorpus', () => {
  it('sends only new, changed and removed records, per kind', () => {
    const before = fingerprintOf({ needs: [need('n1', '锂电池'), need('n2', '视觉')], achievements: [need('a1', '电池')], experts: [] });
    const changes = diffCorpus(before, { needs: [need('n1', '锂电池'), need('n3', '新需求')], achievements: [need('a1', '锂电池回收')], experts: [] });
    expect(changes).toEqual([
      { kind: 'needs', upserts: [need('n3', '新需求')], removals: ['n2'] },
      { kind: 'achievements', upserts: [need('a1', '锂电池回收')], removals: [] },
    ]);
  });

  it('finds nothing to send when the records read the same', () => {
    const corpus = { needs: [need('n1', '锂电池')], achievements: [], experts: [] };
    expect(diffCorpus(fingerprintOf(corpus), structuredClone(corpus))).toEqual([]);
  });
});
