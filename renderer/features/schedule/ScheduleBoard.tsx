import { useCallback } from 'react';
import { App, Button, Checkbox, Select, Space, Statistic, Tooltip } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import { useDesk } from '../../app/DeskContext';
import { useElementSize } from '../../app/useElementSize';
import { moveMeeting, setMeetingLocked } from '../../db/meetings';
import { EXACT_MAX_REQUESTS } from '@shared/scheduling';
import { AD_HOC_PREFIX } from '@shared/scheduling/fair';
import { ScheduleGrid } from './grid/ScheduleGrid';
import { PlanJobModal } from './PlanJobModal';
import { PrintMenu } from './print/PrintMenu';
import { useScheduleUi } from './store';
import { useAutoPlan } from './useAutoPlan';
import { useDeferredBound, type ScheduleModel } from './useScheduleModel';

const TIME_LIMITS = [1000, 2000, 5000, 10000, 30000];

/** The figures the organiser watches: how much is placed, against the proven best, and the idle time. */
const Figures = ({ model }: { model: ScheduleModel }) => {
  const { weight, breaks } = model;
  const bound = useDeferredBound(model);
  const planned = model.fair.instance.requests.filter((r) => !r.id.startsWith(AD_HOC_PREFIX)).length;
  return (
    <Space size={32} data-testid="schedule-figures">
      <Statistic title="已排洽谈" value={model.view.meetings.length} suffix="场" />
      <Statistic title="待排约谈" value={planned} suffix="项" />
      <Tooltip title="按优先级计权（必须 3、优先 2、一般 1）；上限是可证明的最大值，任何方案都不会超过">
        <Statistic title="权重 / 上限" value={`${weight} / ${bound ?? '…'}`} />
      </Tooltip>
      <Tooltip title="参会人两场洽谈之间的空闲轮次（连续空闲算一个）">
        <Statistic title="空档（单人最多）" value={`${breaks.total}（${breaks.max}）`} />
      </Tooltip>
      <Statistic title="未排入" value={model.unplacedCount} suffix="项" />
    </Space>
  );
};

/** 排期表: the figures, 自动排期 with its options, print and export, and the grid. */
export const ScheduleBoard = ({ model }: { model: ScheduleModel }) => {
  const db = useDesk();
  const { message } = App.useApp();
  const { scope, timeLimitMs, maxBreakSpread, personId, job, exact } = useStore(useScheduleUi, (s) => s);
  const exactAllowed = model.fair.instance.requests.length <= EXACT_MAX_REQUESTS;
  const nothingToPlan = model.fair.instance.requests.length === 0;
  const ui = useScheduleUi.getState();
  const { start, apply } = useAutoPlan(model);
  const { ref, height } = useElementSize<HTMLDivElement>(480);

  const onMove = useCallback(
    async (meetingId: string, slotId: string, tableId: string) => {
      const result = await moveMeeting(db, meetingId, slotId, tableId, scope);
      if (!result.ok) void message.warning(result.issues.map((i) => i.message).join('；'));
    },
    [db, message, scope],
  );
  const onToggleLock = useCallback(
    async (meetingId: string) => {
      const meeting = model.view.meetings.find((m) => m.id === meetingId);
      if (!meeting) return;
      const result = await setMeetingLocked(db, meetingId, !meeting.locked);
      if (!result.ok) void message.error(result.issues.map((i) => i.message).join('；'));
    },
    [db, message, model.view.meetings],
  );

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12, flex: 1, minHeight: 0 }}>
      <Figures model={model} />
      <Space wrap>
        <Tooltip title={nothingToPlan ? '还没有可排的约谈：请先在“约谈申请”中接受申请，或勾选“包含待确认的申请”' : undefined}>
          <Button type="primary" icon={<ThunderboltOutlined />} onClick={start} loading={job.phase === 'running'} disabled={nothingToPlan} data-testid="auto-plan">
            自动排期
          </Button>
        </Tooltip>
        <Checkbox checked={scope === 'accepted-and-pending'} onChange={(e) => ui.setScope(e.target.checked ? 'accepted-and-pending' : 'accepted')} data-testid="scope-pending">
          包含待确认的申请
        </Checkbox>
        <Select
          value={timeLimitMs}
          onChange={ui.setTimeLimit}
          style={{ width: 130 }}
          options={TIME_LIMITS.map((ms) => ({ value: ms, label: `计算 ${ms / 1000} 秒` }))}
          aria-label="计算时间"
        />
        <Select
          value={maxBreakSpread ?? -1}
          onChange={(v: number) => ui.setMaxBreakSpread(v < 0 ? null : v)}
          style={{ width: 170 }}
          options={[{ value: -1, label: '空档均衡：不限' }, ...[0, 1, 2, 3].map((n) => ({ value: n, label: `空档差不超过 ${n}` }))]}
          aria-label="空档均衡"
        />
        <Tooltip title={exactAllowed ? '用整数规划求解（HiGHS），可证明方案最优；适合小型活动，计算时间较长' : `约谈超过 ${EXACT_MAX_REQUESTS} 项，请使用常规排期`}>
          <Checkbox checked={exact && exactAllowed} disabled={!exactAllowed} onChange={(e) => ui.setExact(e.target.checked)} data-testid="exact-mode">
            精确求解
          </Checkbox>
        </Tooltip>
        <PrintMenu view={model.view} />
      </Space>
      <div ref={ref} style={{ flex: 1, minHeight: 360 }}>
        <ScheduleGrid
          view={model.view}
          checkMove={model.moveCheck}
          onMove={onMove}
          onToggleLock={onToggleLock}
          onOpenMeeting={(id) => {
            const meeting = model.view.meetings.find((m) => m.id === id);
            if (meeting) {
              ui.setPerson(meeting.people[0].id);
              ui.setTab('agenda');
            }
          }}
          {...(personId ? { highlightParticipantId: personId } : {})}
          height={Math.max(320, height - 90)}
        />
      </div>
      <PlanJobModal model={model} onApply={() => void apply()} />
    </div>
  );
};
