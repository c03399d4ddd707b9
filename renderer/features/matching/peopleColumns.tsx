import { Tag } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { Clamp } from './Clamp';
import type { MatchLookups } from './lookups';
import type { PairStates } from './pairs';
import type { PeopleRow } from './peopleRows';
import { stateColumn } from './reviewState';

const Person = ({ id, lookups, strong, testId }: { id: string; lookups: MatchLookups; strong?: boolean; testId: string }) => {
  const p = lookups.participants.get(id);
  const name = p ? (p.title ? `${p.name}（${p.title}）` : p.name) : '（已删除的参会人）';
  const org = p?.organisationId ? (lookups.organisations.get(p.organisationId)?.name ?? '') : '';
  return (
    <div data-testid={testId}>
      <Clamp strong={strong} title={name}>
        {name}
      </Clamp>
      <Clamp tone="secondary" size={12} title={org}>
        {org}
      </Clamp>
    </div>
  );
};

/** What the two would talk about: the need, and the achievement or the expert's 专长领域. */
const topicOf = (r: PeopleRow, l: MatchLookups): { need: string; target: string } => {
  const need = l.needs.get(r.needId)?.title ?? '（已删除的需求）';
  if (r.achievementId) return { need, target: l.achievements.get(r.achievementId)?.title ?? '（已删除的成果）' };
  const expertise = l.participants.get(r.toId)?.expertise ?? [];
  return { need, target: expertise.length > 0 ? `专家（${expertise.slice(0, 3).join('、')}）` : '专家' };
};

/**
 * 按参会人's columns. The need's side is repeated on every row of its group
 * but faded after the first, as 按需求 does with its needs: a merged cell
 * would break across pages and under the 状态 filter.
 */
export const peopleColumns = (lookups: MatchLookups, states: PairStates): ColumnType<PeopleRow>[] => [
  {
    title: '需求方',
    key: 'from',
    width: 190,
    render: (_, r) => (
      <div style={{ opacity: r.rank === 1 ? 1 : 0.55 }}>
        <Person id={r.fromId} lookups={lookups} strong={r.rank === 1} testId="people-from" />
      </div>
    ),
  },
  { title: '建议洽谈', key: 'to', width: 190, render: (_, r) => <Person id={r.toId} lookups={lookups} testId="people-to" /> },
  {
    title: '身份',
    key: 'role',
    width: 76,
    render: (_, r) => (
      <Tag color={r.achievementId ? 'geekblue' : 'purple'} data-testid="people-role">
        {r.achievementId ? '成果方' : '专家'}
      </Tag>
    ),
  },
  {
    title: '洽谈主题',
    key: 'topic',
    width: 280,
    render: (_, r) => {
      const t = topicOf(r, lookups);
      return (
        <div data-testid="people-topic">
          <Clamp title={t.need}>{t.need}</Clamp>
          <Clamp tone="secondary" size={12} title={t.target}>
            → {t.target}
          </Clamp>
        </div>
      );
    },
  },
  { title: '评分', key: 'score', width: 64, align: 'right', render: (_, r) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{r.score.toFixed(2)}</span> },
  {
    title: '主要理由',
    key: 'reasons',
    render: (_, r) => (
      <Clamp lines={2} size={13} title={r.reasons.join('\n')}>
        <span data-testid="people-reasons">{r.reasons.slice(0, 2).join('；')}</span>
      </Clamp>
    ),
  },
  stateColumn<PeopleRow>(states),
];
