import { memo } from 'react';
import { LockFilled } from '@ant-design/icons';
import type { MeetingView, PersonRef } from '../view';
import { useGridUi } from './gridUi';
import { LOCKED_REASON } from './moveRules';

/** How a meeting stands to the person found with 定位: theirs, someone else's, or nobody is found. */
export type Highlight = 'none' | 'match' | 'dim';

type Props = { meeting: MeetingView; highlight: Highlight; /** Further meetings booked into the same cell. */ extra: number };

const who = (p: PersonRef) => {
  const about = [p.organisation, p.title].filter(Boolean).join(' · ');
  return about ? `${p.name}（${about}）` : p.name;
};

/**
 * The native tooltip, not antd's: hundreds of cards are on screen and an
 * antd Tooltip per card would add a trigger and listeners to each.
 */
const tooltip = (m: MeetingView, extra: number) =>
  [
    `${who(m.people[0])} ↔ ${who(m.people[1])}`,
    m.topic ? `议题：${m.topic}` : '',
    [m.priority ? `优先级：${m.priority}` : '', `状态：${m.state}`].filter(Boolean).join(' · '),
    m.locked ? LOCKED_REASON : '拖动可移动到其他空格',
    extra > 0 ? `注意：该格还有 ${extra} 场洽谈` : '',
  ]
    .filter(Boolean)
    .join('\n');

/**
 * One meeting in its cell: the two names, priority as the left border, state
 * as the background (gridStyles reads the data attributes).
 */
export const MeetingCard = memo(function MeetingCard({ meeting, highlight, extra }: Props) {
  const selected = useGridUi((s) => s.selectedId === meeting.id);
  const dragging = useGridUi((s) => s.draggingId === meeting.id);
  const [a, b] = meeting.people;
  return (
    <div
      className="dd-card"
      data-testid={`meeting-${meeting.id}`}
      data-meeting={meeting.id}
      data-state={meeting.state}
      data-priority={meeting.priority}
      data-locked={meeting.locked}
      data-highlight={highlight}
      data-dragging={dragging || undefined}
      draggable={!meeting.locked}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={`${a.name}与${b.name}的洽谈，${meeting.state}${meeting.locked ? '，已锁定' : ''}`}
      title={tooltip(meeting, extra)}
    >
      <div>{a.name}</div>
      <div>{b.name}</div>
      {meeting.locked && <LockFilled className="dd-card-lock" data-testid={`locked-${meeting.id}`} aria-label="已锁定" />}
      {extra > 0 && <span className="dd-card-extra">+{extra}</span>}
    </div>
  );
});
