import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_WEIGHTS } from '@shared/matching';
import type { MatchSettings } from '@shared/model';
import { createRecord, deleteRecord, updateRecord } from '../../../../renderer/db/registry';
import type { CorpusKind, MatchClient } from '../../../../renderer/features/matching/client/types';
import { readMatchCorpus } from '../../../../renderer/features/matching/corpus';
import { createMatchSession } from '../../../../renderer/features/matching/session';
import { dbWithEvent } from '../../db/testDb';

const SETTINGS: MatchSettings = { weights: { ...DEFAULT_WEIGHTS }, dictionary: [], synonyms: [] };

type Call = ['load', number] | ['upsert', CorpusKind, string[]] | ['remove', CorpusKind, string[]];

/** A client that records what the session sends; `failLoads` loads fail first, as a worker that cannot start. */
const recordingClient = (calls: Call[], failLoads = 0): MatchClient => ({
  load: async (corpus) => {
    if (failLoads-- > 0) throw new Error('分词组件加载失败：网络错误');
    calls.push(['load', corpus.needs.length]);
  },
  upsert: async (kind, docs) => void calls.push(['upsert', kind, docs.map((d) => d.title)]),
  remove: async (kind, ids) => void calls.push(['remove', kind, [...ids]]),
  rank: async () => [],
  bulk: async () => ({}),
  dispose: () => undefined,
});

const fixture = async () => {
  const { db, eventId } = await dbWithEvent();
  const org = await createRecord(db, 'organisations', eventId, { kind: '企业', name: '北京智感科技有限公司' });
  if (!org.ok) throw new Error('org');
  const person = await createRecord(db, 'participants', eventId, { name: '张伟', organisationId: org.value.id, mobile: '13800000001', roles: ['需求方'], badgeCode: 'ZW01' });
  if (!person.ok) throw new Error('person');
  const need = (title: string) => createRecord(db, 'needs', eventId, { title, ownerId: org.value.id, field: '新能源', keywords: [], cooperationModes: [] });
  await need('锂电池热失控预警');
  return { db, eventId, need, person: person.value };
};

describe('matching session', () => {
  it('loads the engine once, then sends only the records that change', async () => {
    const { db, eventId, need, person } = await fixture();
    const calls: Call[] = [];
    const session = createMatchSession({ createClient: () => recordingClient(calls), readCorpus: () => readMatchCorpus(db, eventId) });
    session.configure(SETTINGS);
    await vi.waitFor(() => expect(session.getSnapshot().status.state).toBe('ready'));
    expect(calls).toEqual([['load', 1]]);
    const loaded = session.getSnapshot().version;

    const added = await need('工业视觉缺陷检测');
    if (!added.ok) throw new Error('need');
    await vi.waitFor(() => expect(calls).toEqual([['load', 1], ['upsert', 'needs', ['工业视觉缺陷检测']]]));
    await vi.waitFor(() => expect(session.getSnapshot().version).toBe(loaded + 1));
    expect(session.getSnapshot().docs.needs.size).toBe(2);

    // A new mobile number is nothing the engine reads: nothing is sent, nothing re-ranked.
    await updateRecord(db, 'participants', person.id, { name: '张伟', organisationId: person.organisationId, mobile: '13900000009', roles: ['需求方'], badgeCode: 'ZW01' });
    await deleteRecord(db, 'needs', added.value.id);
    await vi.waitFor(() => expect(calls.at(-1)).toEqual(['remove', 'needs', [added.value.id]]));
    expect(calls).toHaveLength(3);

    session.configure({ ...SETTINGS, synonyms: [['锂电池', '锂离子电池']] });
    await vi.waitFor(() => expect(calls.at(-1)).toEqual(['load', 1]));
    session.dispose();
  });

  it('reports a failed engine in words and starts a fresh one on retry', async () => {
    const { db, eventId } = await fixture();
    const calls: Call[] = [];
    let made = 0;
    const session = createMatchSession({
      createClient: () => recordingClient(calls, made++ === 0 ? 1 : 0),
      readCorpus: () => readMatchCorpus(db, eventId),
    });
    session.configure(SETTINGS);
    await vi.waitFor(() => expect(session.getSnapshot().status).toEqual({ state: 'error', message: '分词组件加载失败：网络错误' }));
    session.retry();
    await vi.waitFor(() => expect(session.getSnapshot().status.state).toBe('ready'));
    expect(made).toBe(2);
    expect(calls).toEqual([['load', 1]]);
    session.dispose();
  });
});
