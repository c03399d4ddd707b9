import { describe, expect, it } from 'vitest';
import { generateDemoFair } from '@shared/demo';
import { loadFair } from '../../../../renderer/db/fairSnapshot';
import { deleteRecord, updateRecord } from '../../../../renderer/db/registry';
import { readMatchCorpus } from '../../../../renderer/features/matching/corpus';
import { createMatchService } from '../../../../renderer/features/matching/client/matchService';
import { freshDb } from '../../db/testDb';
import { defaultSettings } from './client/fixtures';
import { nodeJieba } from './client/inMemoryPort';

const demoDesk = async () => {
  const db = freshDb();
  const fair = generateDemoFair();
  const loaded = await loadFair(db, fair);
  if (!loaded.ok) throw new Error(loaded.message);
  return { db, fair };
};

describe('readMatchCorpus on the demo fair', () => {
  it('reads every live need and achievement, and the experts with what they are contact for', async () => {
    const { db, fair } = await demoDesk();
    const corpus = await readMatchCorpus(db, fair.event.id);
    expect(corpus.needs).toHaveLength(fair.needs.length);
    expect(corpus.achievements).toHaveLength(fair.achievements.length);
    const experts = fair.participants.filter((p) => p.roles.includes('专家'));
    expect(corpus.experts.map((e) => e.id).sort()).toEqual(experts.map((e) => e.id).sort());

    const achievement = fair.achievements.find((a) => experts.some((e) => e.id === a.contactId));
    if (!achievement?.contactId) throw new Error('the demo fair has an expert who is an achievement contact');
    const expert = corpus.experts.find((e) => e.id === achievement.contactId);
    expect(expert?.description).toContain(achievement.title);
    expect(expert?.keywords).toEqual(expect.arrayContaining(achievement.keywords));

    const need = fair.needs[0];
    const owner = fair.organisations.find((o) => o.id === need?.ownerId);
    const doc = corpus.needs.find((n) => n.id === need?.id);
    expect(doc).toMatchObject({ title: need?.title, field: need?.field, keywords: need?.keywords });
    expect(doc?.region).toBe(owner?.region);
  });

  it('leaves out deleted records and follows edits', async () => {
    const { db, fair } = await demoDesk();
    const [need, achievement] = [fair.needs[0], fair.achievements[0]];
    if (!need || !achievement) throw new Error('demo');
    await deleteRecord(db, 'needs', need.id);
    const { id: _id, eventId: _e, createdAt: _c, updatedAt: _u, deleted: _d, fieldStamps: _f, ...fields } = achievement;
    const edited = await updateRecord(db, 'achievements', achievement.id, { ...fields, title: '新型钠离子电池负极材料' });
    expect(edited.ok).toBe(true);
    const corpus = await readMatchCorpus(db, fair.event.id);
    expect(corpus.needs.some((n) => n.id === need.id)).toBe(false);
    expect(corpus.needs).toHaveLength(fair.needs.length - 1);
    expect(corpus.achievements.find((a) => a.id === achievement.id)?.title).toBe('新型钠离子电池负极材料');
  });

  it('is a corpus the engine ranks: most demo needs get a suggestion in their own field', async () => {
    const { db, fair } = await demoDesk();
    const corpus = await readMatchCorpus(db, fair.event.id);
    const service = createMatchService(nodeJieba);
    await service.load(corpus, defaultSettings());
    const results = await service.bulk({ target: 'achievements', top: 1 });
    const fieldOf = new Map(corpus.achievements.map((a) => [a.id, a.field]));
    const inField = corpus.needs.filter((n) => results[n.id]?.[0] && fieldOf.get(results[n.id]?.[0]?.id ?? '') === n.field);
    expect(inField.length / corpus.needs.length).toBeGreaterThan(0.8);
    const experts = await service.bulk({ target: 'experts', top: 3 });
    expect(Object.values(experts).filter((list) => list.length > 0).length).toBeGreaterThan(corpus.needs.length / 2);
  });
});
