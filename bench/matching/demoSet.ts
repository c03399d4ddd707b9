import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { achievementDoc, needDoc } from '../../shared/matching';
import { generateDemoFair } from '../../shared/demo';
import type { CcfNeed } from './ccf';

/**
 * The demo fair as a graded set: every need against every achievement (a
 * full ranking, not a re-ranking), graded 0–3 by reading the texts
 * (bench/matching/demo-judgements/, see its README), shifted to the CCF
 * scale 1–4 so both sets share the NDCG code. Judgements are keyed by
 * titles, which are unique in the banks and do not depend on the seed.
 */
export const DEMO_JUDGEMENTS_DIR = fileURLToPath(new URL('./demo-judgements/', import.meta.url));

type JudgementFile = { field: string; needs: Record<string, Record<string, number>> };

const loadJudgements = (): Map<string, Map<string, number>> => {
  const byNeed = new Map<string, Map<string, number>>();
  for (const name of readdirSync(DEMO_JUDGEMENTS_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const file = JSON.parse(readFileSync(path.join(DEMO_JUDGEMENTS_DIR, name), 'utf8')) as JudgementFile;
    for (const [need, grades] of Object.entries(file.needs)) {
      if (byNeed.has(need)) throw new Error(`demo judgements: need “${need}” is graded twice (${name})`);
      byNeed.set(need, new Map(Object.entries(grades)));
    }
  }
  return byNeed;
};

export const loadDemoSet = (): CcfNeed[] => {
  const fair = generateDemoFair();
  const judgements = loadJudgements();
  const owners = new Map(fair.organisations.map((o) => [o.id, o] as const));
  const achievementTitles = new Set(fair.achievements.map((a) => a.title));
  for (const [need, grades] of judgements) {
    for (const title of grades.keys()) if (!achievementTitles.has(title)) throw new Error(`demo judgements: “${need}” grades an unknown achievement “${title}”`);
  }
  // Sorted by id so that ties break the same way for every ranker.
  const achievements = [...fair.achievements].sort((a, b) => (a.id < b.id ? -1 : 1));
  return fair.needs.map((need): CcfNeed => {
    const grades = judgements.get(need.title);
    if (!grades) throw new Error(`demo judgements: need “${need.title}” has no judgements`);
    return {
      id: need.id,
      title: need.title,
      text: [need.description ?? '', need.keywords.join(' ')].join('\n'),
      doc: needDoc(need, owners.get(need.ownerId)),
      candidates: achievements.map((a) => ({
        id: a.id,
        keywords: [a.title, a.keywords.join(' '), a.summary ?? ''].join('\n'),
        terms: a.keywords,
        level: (grades.get(a.title) ?? 0) + 1,
        doc: achievementDoc(a, owners.get(a.ownerId)),
      })),
    };
  });
};
