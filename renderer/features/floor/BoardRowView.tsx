import { memo } from 'react';
import { LockOutlined } from '@ant-design/icons';
import type { BoardMeeting, BoardRow, SlotPhase } from '@shared/floor';
import type { Slot } from '@shared/model';
import { BOARD_LAYOUT } from './boardLayout';
import { STATE_CLASSES } from './floorStyles';
import { PersonCell } from './PersonCell';
import type { BoardActions } from './useFloorActions';

type Props = {
  row: BoardRow;
  slot: Slot;
  phase: SlotPhase;
  recorded: boolean;
  actions: BoardActions;
  top: number;
};

const Actions = ({ meeting, n, phase, recorded, actions }: { meeting: BoardMeeting; n: number; phase: SlotPhase; recorded: boolean; actions: BoardActions }) => {
  const mark = (next: Parameters<BoardActions['mark']>[2]) => () => void actions.mark(meeting, n, next);
  const followsClock = meeting.stored === '待开始';
  const freed = meeting.stored === '未到场' || meeting.stored === '已取消';
  const canRecord = meeting.state === '进行中' || meeting.state === '已完成';
  return (
    <div className="dd-floor-actions">
      {followsClock && (
        <button type="button" className="dd-floor-btn dd-floor-btn-danger" onClick={mark('未到场')} data-testid={`floor-noshow-${n}`}>
          未到场
        </button>
      )}
      {followsClock && phase !== 'past' && (
        <button type="button" className="dd-floor-btn" onClick={mark('已取消')} data-testid={`floor-cancel-${n}`}>
          取消
        </button>
      )}
      {meeting.state === '进行中' && (
        <button type="button" className="dd-floor-btn" onClick={mark('已完成')} title="提前结束，标记为已完成" data-testid={`floor-done-${n}`}>
          结束
        </button>
      )}
      {!followsClock && (
        <button type="button" className="dd-floor-btn" onClick={mark('待开始')} title="撤销标记，恢复为按时进行" data-testid={`floor-restore-${n}`}>
          恢复
        </button>
      )}
      {freed && phase !== 'past' && (
        <button type="button" className="dd-floor-btn" onClick={actions.openReplacements} data-testid={`floor-replace-${n}`}>
          补位
        </button>
      )}
      {canRecord && (
        <button type="button" className={recorded ? 'dd-floor-btn' : 'dd-floor-btn dd-floor-btn-primary'} onClick={() => actions.recordOutcome(meeting.id)} data-testid={`floor-outcome-${n}`}>
          {recorded ? '查看成果' : '记录成果'}
        </button>
      )}
    </div>
  );
};

/**
 * One table of the board: who sits there, about what, in which state, and
 * what the staff can do about it. Plain elements and the board's stylesheet,
 * not antd components: a screenful of rows renders when the board opens and
 * on every mark, and fourteen antd components a row took a third of a second.
 */
export const BoardRowView = memo(function BoardRowView({ row, slot, phase, recorded, actions, top }: Props) {
  const n = row.table.number;
  const m = row.meeting;
  // 本日缺席 looks forward: offered from a slot that has not ended, for a meeting still taking its seat.
  const absent = m && phase !== 'past' && m.stored === '待开始' ? (i: 0 | 1) => () => void actions.absentForDay(m.people[i], slot.id) : undefined;
  const seated = m !== undefined && m.state !== '未到场' && m.state !== '已取消';
  return (
    <div
      className={m && !seated ? 'dd-floor-row dd-floor-freed' : 'dd-floor-row'}
      role="row"
      data-testid={`floor-row-${n}`}
      data-meeting-id={m?.id}
      style={{ top, height: BOARD_LAYOUT.rowHeight, gridTemplateColumns: BOARD_LAYOUT.columns }}
    >
      <div className="dd-floor-table" role="cell">
        <span className="dd-floor-number">{n}</span>
        {m?.locked && <LockOutlined title="已锁定" style={{ color: '#8c8c8c' }} />}
        {row.table.zone && <span className="dd-floor-zone">{row.table.zone}</span>}
      </div>
      {m ? (
        <>
          <div role="cell">
            <PersonCell person={m.people[0]} expected={seated} onAbsent={absent?.(0)} testId={`floor-person-${n}-0`} />
          </div>
          <div role="cell">
            <PersonCell person={m.people[1]} expected={seated} onAbsent={absent?.(1)} testId={`floor-person-${n}-1`} />
          </div>
          <div role="cell" style={{ minWidth: 0 }}>
            {m.adHoc ? (
              <span className="dd-floor-tag dd-floor-tag-purple">临时洽谈</span>
            ) : (
              <span className={m.topic ? 'dd-floor-topic' : 'dd-floor-topic dd-floor-muted'} title={m.topic || undefined}>
                {m.topic || '（无议题）'}
              </span>
            )}
          </div>
          <div role="cell">
            <span className={`dd-floor-tag dd-floor-state-${STATE_CLASSES[m.state]}`} data-testid={`floor-state-${n}`}>
              {m.state}
            </span>
            {row.others.length > 0 && (
              <div className="dd-floor-others" title={row.others.map((o) => `${o.people[0].name} 与 ${o.people[1].name}：${o.state}`).join('\n')}>
                另有 {row.others.length} 场
              </div>
            )}
          </div>
          <div role="cell">
            <Actions meeting={m} n={n} phase={phase} recorded={recorded} actions={actions} />
          </div>
        </>
      ) : (
        <div role="cell" className="dd-floor-empty" data-testid={`floor-state-${n}`}>
          空桌
        </div>
      )}
    </div>
  );
});
