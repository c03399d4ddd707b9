import { useCallback, useMemo } from 'react';
import { Alert, Button, Card, Empty, Space } from 'antd';
import { FundProjectionScreenOutlined, SwapOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import { floorMoment, floorStatus, shownSlots, slotPhase, type FloorMoment, type SlotPhase } from '@shared/floor';
import { deriveSlots } from '@shared/model';
import { MountWhenOpened } from '../../app/MountWhenOpened';
import { useFairNow } from '../../app/useFairNow';
import { OutcomeDrawer } from '../outcomes/OutcomeDrawer';
import type { RegistryData } from '../registry/useRegistryData';
import { AdHocModal } from './AdHocModal';
import { BigScreen } from './BigScreen';
import { BoardTable } from './BoardTable';
import { BoardToolbar } from './BoardToolbar';
import { FloorClock } from './FloorClock';
import { ReplacementModal } from './replacements/ReplacementModal';
import { RehearsalControl } from './RehearsalControl';
import { SlotCounters } from './SlotCounters';
import { useFloorUi } from './store';
import { useFloorActions } from './useFloorActions';
import { useFloorMeetings } from './useFloorMeetings';
import { useBoardSources, useSlotBoard } from './useSlotBoard';

/** The board fills the window below the header; the page itself does not scroll. */
const BOARD_HEIGHT = 'max(360px, calc(100vh - 360px))';
const boardHeightPx = (): number => Math.max(360, window.innerHeight - 360);

/**
 * 现场: the live floor. The fair's clock (live, or a rehearsal), the slot
 * under way with a countdown, and the board of every table for 本轮 and
 * 下一轮: who sits where, who has not arrived, and the marks the staff make
 * (未到场, 取消, 本日缺席, 恢复), with 补位, 记录成果, 临时洽谈 and the
 * big screen a click away. Everything is read from IndexedDB, so closing
 * the app and opening it again resumes exactly where the day was.
 */
export const FloorPage = ({ data }: { data: RegistryData }) => {
  const eventId = data.event.id;
  const slots = useMemo(() => deriveSlots(data.event), [data.event]);
  const clock = useFairNow(eventId);
  const moment = floorMoment(slots, clock.now);
  const status = floorStatus(slots, moment, clock.now);
  // The board depends on where the day stands, not on the second: these primitives change only when a slot starts or ends.
  const { current, next, firstNotEnded } = moment;
  const stage = useMemo((): FloorMoment => ({ current, next, firstNotEnded, msToChange: null }), [current, next, firstNotEnded]);
  const shown = useMemo(() => shownSlots(stage, slots.length), [stage, slots.length]);
  const phaseOf = (index: number | null): SlotPhase => (index === null ? 'future' : slotPhase(stage, index));

  const ui = useStore(useFloorUi);
  const viewIndex = shown[ui.view] ?? shown.current;
  const bigIndex = next;
  const slotIds = [viewIndex, shown.current, ui.bigScreen ? bigIndex : null].flatMap((i) => (i === null ? [] : [slots[i]?.id ?? '']));
  const live = useFloorMeetings(eventId, clock.ready ? [...new Set(slotIds)] : []);
  const sources = useBoardSources(data, live);
  const board = useSlotBoard(sources, live, viewIndex === null ? undefined : slots[viewIndex], phaseOf(viewIndex));
  const nowBoard = useSlotBoard(sources, live, shown.current === null ? undefined : slots[shown.current], phaseOf(shown.current));
  const bigSlot = bigIndex === null ? undefined : slots[bigIndex];
  const bigBoard = useSlotBoard(sources, live, ui.bigScreen ? bigSlot : undefined, 'future');
  const actions = useFloorActions(eventId);
  const recorded = live?.recorded;
  const closeBigScreen = useCallback(() => useFloorUi.getState().setBigScreen(false), []);

  if (slots.length === 0) return <Empty description="活动还没有洽谈时段：请先在“活动设置”中添加场次" />;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="floor-page">
      <Card size="small">
        <div style={{ display: 'flex', gap: 24, alignItems: 'center', flexWrap: 'wrap' }}>
          <FloorClock now={clock.now} moment={moment} status={status} />
          <span style={{ flex: 1 }} />
          <Space orientation="vertical" size={8} align="end">
            <RehearsalControl slots={slots} offsetMs={clock.offsetMs} setNow={clock.setNow} />
            <Space wrap size={8}>
              <Button icon={<SwapOutlined />} onClick={() => ui.setReplacementOpen(true)} data-testid="floor-replace-open">
                补位建议
              </Button>
              <Button icon={<UsergroupAddOutlined />} onClick={() => ui.setAdHocOpen(true)} data-testid="floor-adhoc-open">
                临时洽谈
              </Button>
              <Button type="primary" icon={<FundProjectionScreenOutlined />} onClick={() => ui.setBigScreen(true)} data-testid="floor-bigscreen">
                大屏模式
              </Button>
            </Space>
          </Space>
        </div>
        {nowBoard && (
          <div style={{ marginTop: 12, paddingTop: 12, borderTop: '1px solid #f0f0f0' }}>
            <SlotCounters board={nowBoard} />
          </div>
        )}
      </Card>
      {ui.lastMark && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => ui.setLastMark(null) }}
          title={ui.lastMark.text}
          data-testid="floor-last-mark"
          action={
            <Space>
              <Button size="small" type="primary" onClick={() => ui.setReplacementOpen(true)} data-testid="floor-offer-replace">
                补位
              </Button>
              {ui.lastMark.undo && (
                <Button size="small" onClick={() => void actions.undoLast()} data-testid="floor-undo-mark">
                  撤销
                </Button>
              )}
            </Space>
          }
        />
      )}
      <BoardToolbar slots={slots} shown={shown} tables={data.event.tables} />
      {board && recorded ? <BoardTable board={board} filter={ui.filter} recorded={recorded} actions={actions} height={BOARD_HEIGHT} expectedHeightPx={boardHeightPx()} /> : <Card loading style={{ height: 240 }} />}
      <MountWhenOpened open={ui.outcomeMeetingId !== null}>
        <OutcomeDrawer data={data} meetingId={ui.outcomeMeetingId} onClose={() => ui.setOutcomeMeeting(null)} />
      </MountWhenOpened>
      <MountWhenOpened open={ui.replacementOpen}>
        <ReplacementModal data={data} open={ui.replacementOpen} onClose={() => ui.setReplacementOpen(false)} />
      </MountWhenOpened>
      <MountWhenOpened open={ui.adHocOpen}>
        <AdHocModal data={data} slots={slots} defaultSlotId={shown.current === null ? undefined : slots[shown.current]?.id} open={ui.adHocOpen} onClose={() => ui.setAdHocOpen(false)} />
      </MountWhenOpened>
      {ui.bigScreen && <BigScreen slot={bigSlot} board={bigBoard} now={clock.now} onClose={closeBigScreen} />}
    </Space>
  );
};
