import { Alert, Form, Modal, Select } from 'antd';
import { useMemo, useState } from 'react';
import type { Table } from '@shared/model';
import type { MeetingView } from '../view';
import type { SessionBand, SlotColumn } from './gridIndex';
import { dated, shortDate, tableName } from './format';
import type { MoveVerdict } from './moveVerdict';

type Props = {
  meeting: MeetingView;
  columns: readonly SlotColumn[];
  sessions: readonly SessionBand[];
  tables: readonly Table[];
  verdict(slotId: string, tableId: string): MoveVerdict | null;
  /** Resolves once the move is saved; the dialog stays open (and busy) until then. */
  onConfirm(slotId: string, tableId: string): Promise<void>;
  onClose(): void;
};

/**
 * 移动到…: the same move as a drag, chosen with two selects. The verdict is
 * shown as the choice changes and 确定 is enabled only for an allowed move.
 * Mounted only while open, so it starts from the meeting's current place.
 */
export const MoveDialog = ({ meeting, columns, sessions, tables, verdict, onConfirm, onClose }: Props) => {
  const [slotId, setSlotId] = useState(meeting.slotId);
  const [tableId, setTableId] = useState(meeting.tableId);
  const [saving, setSaving] = useState(false);
  const slotOptions = useMemo(
    () =>
      sessions.map((s) => ({
        label: dated(s.date, s.label),
        title: `${s.date} ${s.label}`,
        options: columns.slice(s.first, s.first + s.count).map(({ slot }) => ({ value: slot.id, label: `${shortDate(slot.date)} ${slot.start}–${slot.end}（${slot.label}）` })),
      })),
    [columns, sessions],
  );
  const tableOptions = useMemo(() => tables.map((t) => ({ value: t.id, label: tableName(t) })), [tables]);
  const answer = verdict(slotId, tableId);
  const confirm = async () => {
    setSaving(true);
    try {
      await onConfirm(slotId, tableId);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={`移动洽谈：${meeting.people[0].name} ↔ ${meeting.people[1].name}`}
      okText="确定"
      cancelText="取消"
      okButtonProps={{ disabled: !answer?.ok, 'data-testid': 'move-confirm' } as const}
      cancelButtonProps={{ 'data-testid': 'move-cancel' } as const}
      confirmLoading={saving}
      onOk={confirm}
      onCancel={onClose}
      destroyOnHidden
    >
      <div data-testid="move-dialog">
      <Form layout="vertical" style={{ marginTop: 12 }}>
        <Form.Item label="时段">
          <Select data-testid="move-slot" aria-label="时段" showSearch={{ optionFilterProp: 'label' }} options={slotOptions} value={slotId} onChange={setSlotId} />
        </Form.Item>
        <Form.Item label="洽谈桌">
          <Select data-testid="move-table" aria-label="洽谈桌" showSearch={{ optionFilterProp: 'label' }} options={tableOptions} value={tableId} onChange={setTableId} />
        </Form.Item>
      </Form>
      <div data-testid="move-verdict">
        {answer === null ? (
          <Alert type="info" showIcon title="这是该洽谈现在的位置，请选择新的时段或洽谈桌" />
        ) : answer.ok ? (
          <Alert type="success" showIcon title="可以移动到这里" />
        ) : (
          <Alert type="error" showIcon title={answer.reason} />
        )}
      </div>
      </div>
    </Modal>
  );
};
