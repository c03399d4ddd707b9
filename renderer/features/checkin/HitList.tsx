import { Tag, Typography } from 'antd';
import type { Participant } from '@shared/model';
import type { RegistryData } from '../registry/useRegistryData';

const STATE_COLOR = { 未签到: 'orange', 已签到: 'green', 已离场: 'default' } as const;

/** How many matches the list draws: the queue needs the top few, not two thousand rows. */
export const SHOWN_HITS = 8;

/** The search's matches, best first; the active row is the one Enter checks in. */
export const HitList = ({ hits, active, data, onPick }: { hits: readonly Participant[]; active: number; data: RegistryData; onPick: (p: Participant) => void }) => (
  <div role="listbox" aria-label="匹配的参会人" data-testid="checkin-hits" style={{ border: '1px solid #f0f0f0', borderRadius: 8, overflow: 'hidden' }}>
    {hits.slice(0, SHOWN_HITS).map((p, i) => (
      <div
        key={p.id}
        role="option"
        aria-selected={i === active}
        data-testid={`hit-${p.id}`}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onPick(p)}
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          padding: '8px 14px',
          cursor: 'pointer',
          background: i === active ? '#e6f0ff' : undefined,
          borderTop: i === 0 ? undefined : '1px solid #f5f5f5',
        }}
      >
        <span style={{ fontSize: 16, fontWeight: 600, minWidth: 72 }}>{p.name}</span>
        <Typography.Text type="secondary" ellipsis style={{ flex: 1 }}>
          {p.organisationId ? data.organisations.get(p.organisationId)?.name : ''}
        </Typography.Text>
        <span>{p.roles.map((r) => <Tag key={r}>{r}</Tag>)}</span>
        <Typography.Text type="secondary" style={{ width: 64 }}>
          {p.mobile ? `尾号${p.mobile.slice(-4)}` : ''}
        </Typography.Text>
        <Typography.Text code>{p.badgeCode}</Typography.Text>
        <Tag color={STATE_COLOR[p.checkIn.state]} style={{ marginInlineEnd: 0 }}>
          {p.checkIn.state}
        </Tag>
      </div>
    ))}
    {hits.length > SHOWN_HITS && (
      <div style={{ padding: '6px 14px', color: '#888' }}>还有 {hits.length - SHOWN_HITS} 人匹配，请再多输入几个字</div>
    )}
  </div>
);
