import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import { Empty, Table, Tag, Typography } from 'antd';
import { useStore } from 'zustand';
import type { PendingRow } from './rows';
import { useOutcomesUi } from './store';

const PAGE_SIZE = 50;

// The highlighted row must read as “selected” over antd's own cell backgrounds, which a row style cannot override.
const css = `.dd-queue:focus { outline: 2px solid #91caff; outline-offset: 2px; border-radius: 6px; }
.dd-queue-selected > td { background: #e6f4ff !important; }`;

/**
 * 待记录: the meetings under way or over without an outcome. Built for a
 * run of entries: ↑/↓ move the highlight, Enter (or a click) opens the
 * form, and after a save the highlight is on the next meeting.
 */
export const PendingQueue = ({ rows, onOpen, queueRef }: { rows: readonly PendingRow[]; onOpen(meetingId: string): void; queueRef: RefObject<HTMLDivElement | null> }) => {
  const selectedId = useStore(useOutcomesUi, (s) => s.selectedId);
  const select = useStore(useOutcomesUi, (s) => s.select);
  const found = rows.findIndex((r) => r.id === selectedId);
  const index = found < 0 ? 0 : found;
  const current = rows[index];

  useEffect(() => {
    if (!current) return;
    queueRef.current?.querySelector(`tr[data-row-key="${current.id}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [current, queueRef]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE_SIZE, PageUp: -PAGE_SIZE }[e.key];
    if (step !== undefined) {
      const next = rows[Math.min(rows.length - 1, Math.max(0, index + step))];
      if (next) select(next.id);
    } else if (e.key === 'Enter' && current) onOpen(current.id);
    else return;
    e.preventDefault();
  };

  if (rows.length === 0) {
    return (
      <Empty
        description={
          <>
            暂无待记录的洽谈
            <br />
            <Typography.Text type="secondary">洽谈开始后，进行中和已结束、尚未记录成果的洽谈会按时段和桌号排在这里</Typography.Text>
          </>
        }
      />
    );
  }
  return (
    <div ref={queueRef} className="dd-queue" tabIndex={0} onKeyDown={onKeyDown} aria-label="待记录洽谈，上下键选择，回车记录" data-testid="pending-queue">
      <style>{css}</style>
      <Table<PendingRow>
        size="small"
        rowKey="id"
        dataSource={rows}
        pagination={{ current: Math.floor(index / PAGE_SIZE) + 1, pageSize: PAGE_SIZE, showSizeChanger: false, onChange: (page) => select(rows[(page - 1) * PAGE_SIZE]?.id ?? null) }}
        rowClassName={(r) => (r.id === current?.id ? 'dd-queue-selected' : '')}
        onRow={(r) => ({
          onClick: () => {
            select(r.id);
            onOpen(r.id);
          },
          style: { cursor: 'pointer' },
          'aria-selected': r.id === current?.id,
        })}
        columns={[
          { title: '时间', dataIndex: 'time', width: 180 },
          { title: '桌号', dataIndex: 'table', width: 130, render: (t: string) => <strong>{t}</strong> },
          {
            title: '洽谈双方',
            key: 'sides',
            render: (_, r) => (
              <>
                <div>{r.sides[0]}</div>
                <div>{r.sides[1]}</div>
              </>
            ),
          },
          { title: '洽谈主题', dataIndex: 'topic', ellipsis: true },
          { title: '状态', dataIndex: 'state', width: 90, render: (s: PendingRow['state']) => <Tag color={s === '进行中' ? 'processing' : 'success'}>{s}</Tag> },
        ]}
      />
    </div>
  );
};
