import type { Achievement } from '../model';
import type { PersonRecord } from './requestPeople';
import { cellText, isBlank, nameKey, type CellResult } from './values';

/**
 * 需求 / 成果 named by title in a request row. Titles in sign-up sheets are
 * often shortened or retyped, so the search narrows step by step and stops
 * at the first step that finds anything: the two people's own records
 * (contact, or owned by their organisation) by exact title, then theirs
 * containing the text, then the whole fair by exact title, then containing.
 * More than one hit at that step is refused with the candidates named.
 */
export type TopicRecord = Pick<Achievement, 'id' | 'title' | 'ownerId' | 'contactId'>;

export type TopicKind = '需求' | '成果';

const MAX_NAMED = 3;

export const topicResolver = (kind: TopicKind, records: readonly TopicRecord[], organisations: readonly { id: string; name: string }[]) => {
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const keyed = records.map((r) => ({ record: r, key: nameKey(r.title) }));
  const describe = (r: TopicRecord): string => {
    const owner = orgName.get(r.ownerId);
    return owner ? `“${r.title}”（${owner}）` : `“${r.title}”`;
  };

  return (raw: string, people: readonly PersonRecord[]): CellResult<string> => {
    if (isBlank(raw)) return { value: undefined };
    const text = cellText(raw);
    const k = nameKey(text);
    const ids = new Set(people.map((p) => p.id));
    const orgs = new Set(people.flatMap((p) => (p.organisationId === undefined ? [] : [p.organisationId])));
    const theirs = keyed.filter(({ record }) => (record.contactId !== undefined && ids.has(record.contactId)) || orgs.has(record.ownerId));
    const steps = [
      theirs.filter((r) => r.key === k),
      theirs.filter((r) => r.key.includes(k)),
      keyed.filter((r) => r.key === k),
      keyed.filter((r) => r.key.includes(k)),
    ];
    const hits = steps.find((step) => step.length > 0);
    if (!hits) return { problem: `${kind}“${text}”不在本活动的${kind}中` };
    const [only, ...more] = hits;
    if (only && more.length === 0) return { value: only.record.id };
    const named = hits.slice(0, MAX_NAMED).map((h) => describe(h.record));
    return { problem: `${kind}“${text}”对应${hits.length}项：${named.join('、')}${hits.length > MAX_NAMED ? '等' : ''}，请填写完整名称` };
  };
};
