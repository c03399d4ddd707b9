import { useCallback, useMemo, useRef, useState } from 'react';
import { Card, Space, Spin, Tabs, Typography } from 'antd';
import { useStore } from 'zustand';
import type { FloorMoment } from '@shared/floor';
import { deriveSlots } from '@shared/model';
import type { RegistryData } from '../registry/useRegistryData';
import { MomentWatch } from './MomentWatch';
import { OperatorName } from './OperatorName';
import { OutcomeDrawer } from './OutcomeDrawer';
import { OutcomeList } from './OutcomeList';
import { PendingQueue } from './PendingQueue';
import { pendingRows, recordedRows, type PendingRow } from './rows';
import { useOutcomesUi, type OutcomesTab } from './store';
import { useOutcomeRecords } from './useOutcomeRecords';

/** The queue row to highlight once `id` is recorded and leaves the queue: the one after it, else the one before. */
const followingRow = (rows: readonly PendingRow[], id: string): string | null => {
  const i = rows.findIndex((r) => r.id === id);
  return i < 0 ? null : (rows[i + 1]?.id ?? rows[i - 1]?.id ?? null);
};

/**
 * 对接成果: the 待记录 queue of meetings held without an outcome, and the
 * list of every outcome recorded. Both follow the fair's clock (rehearsal
 * included) and the database live, so an outcome saved at the floor or in
 * another window moves a meeting from one tab to the other at once.
 */
export const OutcomesPage = ({ data }: { data: RegistryData }) => {
  const records = useOutcomeRecords(data);
  const slots = useMemo(() => deriveSlots(data.event), [data.event]);
  const [moment, setMoment] = useState<FloorMoment>();
  const tab = useStore(useOutcomesUi, (s) => s.tab);
  const openMeetingId = useStore(useOutcomesUi, (s) => s.openMeetingId);
  const { setTab, open, select } = useOutcomesUi.getState();
  const queueRef = useRef<HTMLDivElement>(null);
  const fromQueue = useRef<string | null>(null);

  const pending = useMemo(() => (records && moment ? pendingRows(records.view, records.byMeeting, moment) : undefined), [records, moment]);
  const recorded = useMemo(() => (records ? recordedRows(records.view, records.outcomes, records.editors) : undefined), [records]);

  const openFromQueue = useCallback(
    (meetingId: string) => {
      fromQueue.current = pending ? followingRow(pending, meetingId) : null;
      open(meetingId);
    },
    [pending, open],
  );
  const openFromList = (meetingId: string) => {
    fromQueue.current = null;
    open(meetingId);
  };
  const closed = () => {
    open(null);
    // Back to the queue for the next entry, once the drawer has let go of the focus.
    if (tab === 'pending') setTimeout(() => queueRef.current?.focus(), 0);
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="outcomes-page">
      <MomentWatch eventId={data.event.id} slots={slots} setMoment={setMoment} />
      <Card size="small">
        <div style={{ display: 'flex', alignItems: 'center', gap: 24, flexWrap: 'wrap' }}>
          <OperatorName />
          <span style={{ flex: 1 }} />
          <Typography.Text type="secondary">待记录：↑/↓ 选择，回车记录；表单内 1–4 选结果，Ctrl+Enter 保存</Typography.Text>
        </div>
      </Card>
      {!records || !pending || !recorded ? (
        <Spin description="正在读取洽谈和成果…" />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as OutcomesTab)}
          items={[
            {
              key: 'pending',
              label: <span data-testid="tab-pending">待记录 {pending.length} 场</span>,
              children: <PendingQueue rows={pending} onOpen={openFromQueue} queueRef={queueRef} />,
            },
            {
              key: 'recorded',
              label: <span data-testid="tab-recorded">已记录 {recorded.length} 场</span>,
              children: <OutcomeList rows={recorded} onOpen={openFromList} />,
            },
          ]}
        />
      )}
      <OutcomeDrawer
        data={data}
        meetingId={openMeetingId}
        onClose={closed}
        onSaved={() => {
          if (fromQueue.current !== null) select(fromQueue.current);
        }}
      />
    </Space>
  );
};
