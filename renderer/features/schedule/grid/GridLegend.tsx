import { LockFilled } from '@ant-design/icons';
import { MEETING_STATES, REQUEST_PRIORITIES } from '@shared/model';
import { PRIORITY_COLOUR, STATE_STYLE } from './palette';

const swatch = { display: 'inline-block', width: 14, height: 14, borderRadius: 3, border: '1px solid #d9d9d9', verticalAlign: -2, marginRight: 4 } as const;
const item = { marginRight: 12, whiteSpace: 'nowrap' } as const;

/** 图例: what the card colours mean, from the same palette the cards use. */
export const GridLegend = () => (
  <div data-testid="grid-legend" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', rowGap: 4, fontSize: 12, color: 'rgba(0, 0, 0, 0.65)' }}>
    <span style={{ ...item, marginRight: 6, fontWeight: 600 }}>优先级</span>
    {REQUEST_PRIORITIES.map((p) => (
      <span key={p} style={item}>
        <span style={{ ...swatch, background: '#fff', borderLeft: `4px solid ${PRIORITY_COLOUR[p]}` }} />
        {p}
      </span>
    ))}
    <span style={{ ...item, marginLeft: 8, marginRight: 6, fontWeight: 600 }}>状态</span>
    {MEETING_STATES.map((s) => (
      <span key={s} style={item}>
        <span style={{ ...swatch, ...STATE_STYLE[s], textDecoration: undefined }} />
        {s}
      </span>
    ))}
    <span style={{ ...item, marginLeft: 8 }}>
      <LockFilled style={{ marginRight: 4, color: 'rgba(0, 0, 0, 0.45)' }} />
      已锁定
    </span>
  </div>
);
