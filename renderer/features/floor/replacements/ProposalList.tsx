import { Checkbox, Tag, Typography } from 'antd';
import type { PersonLabel, ProposalCell, ReplacementProposal } from '@shared/floor';

const person = (p: PersonLabel) => (p.organisation ? `${p.name}（${p.organisation}）` : p.name);
export const pairText = ([a, b]: readonly [PersonLabel, PersonLabel]) => `${person(a)} ↔ ${person(b)}`;
const cellText = (c: ProposalCell) => `${c.slot} ${c.time} · ${c.table}`;

const PRIORITY_COLOURS = { 必须: 'red', 优先: 'orange', 一般: 'default' } as const;

type RowProps = { proposal: ReplacementProposal; index: number; ticked: boolean; missing: boolean; onToggle(ticked: boolean): void };

const Row = ({ proposal: p, index, ticked, missing, onToggle }: RowProps) => (
  <div
    data-testid={`replacement-row-${index}`}
    style={{ display: 'flex', gap: 10, alignItems: 'flex-start', padding: '8px 12px', borderTop: '1px solid #f0f0f0', marginLeft: p.kind === 'move' && p.roomFor ? 28 : 0 }}
  >
    <Checkbox checked={ticked} onChange={(e) => onToggle(e.target.checked)} data-testid={`replacement-tick-${index}`} style={{ marginTop: 2 }} />
    <div style={{ minWidth: 0, flex: 1 }}>
      {p.kind === 'add' ? (
        <>
          <div>
            <Tag color="green">补位</Tag>
            <Typography.Text strong>{cellText(p.at)}</Typography.Text>
            <Tag color={PRIORITY_COLOURS[p.priority]} style={{ marginLeft: 8 }}>
              {p.priority}
            </Tag>
            {p.pending && <Tag color="gold">待确认 → 确认后接受</Tag>}
          </div>
          <div>{pairText(p.people)}</div>
        </>
      ) : (
        <>
          <div>
            <Tag color="blue">调整</Tag>
            <Typography.Text>{pairText(p.people)}</Typography.Text>
          </div>
          <div>
            <Typography.Text type="secondary">从 </Typography.Text>
            {cellText(p.from)}
            <Typography.Text type="secondary"> 调到 </Typography.Text>
            <Typography.Text strong>{cellText(p.to)}</Typography.Text>
            {p.roomFor && <Typography.Text type="secondary">（为上面的补位腾出位置）</Typography.Text>}
          </div>
        </>
      )}
      {p.topic && (
        <Typography.Text type="secondary" ellipsis style={{ display: 'block' }}>
          {p.topic}
        </Typography.Text>
      )}
      {ticked && missing && <Typography.Text type="warning">它所依赖的调整未勾选，确认时将被拒绝</Typography.Text>}
    </div>
  </div>
);

type Props = { proposals: readonly ReplacementProposal[]; unticked: ReadonlySet<string>; onToggle(key: string, ticked: boolean): void };

/** The proposals, each offer with the moves that make room for it indented beneath. */
export const ProposalList = ({ proposals, unticked, onToggle }: Props) => (
  <div style={{ maxHeight: '48vh', overflowY: 'auto', border: '1px solid #f0f0f0', borderTop: 'none', borderRadius: 6 }} data-testid="replacement-list">
    {proposals.map((p, i) => (
      <Row key={p.key} proposal={p} index={i} ticked={!unticked.has(p.key)} missing={p.needs.some((k) => unticked.has(k))} onToggle={(ticked) => onToggle(p.key, ticked)} />
    ))}
  </div>
);
