import { useMemo, useState } from 'react';
import { Alert, App as AntApp, Form, Modal, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { orgShortName, pickFreeTable } from '@shared/floor';
import type { Participant, Slot } from '@shared/model';
import { occupiesSeat } from '@shared/scheduling/fair';
import { useDesk } from '../../app/DeskContext';
import { addAdHocMeeting } from '../../db/floorMarks';
import type { RegistryData } from '../registry/useRegistryData';
import { slotOption } from './format';
import { compareNames } from '@shared/nameOrder';

type Props = {
  data: RegistryData;
  slots: readonly Slot[];
  /** The slot the floor is in (or getting ready for): the default. */
  defaultSlotId: string | undefined;
  open: boolean;
  onClose(): void;
};

type PersonOption = { value: string; label: string; search: string };

const arrived = (p: Participant) => p.checkIn.state === '已签到';

/** Checked-in people first (they are the ones meeting on the floor), then by name. */
const personOptions = (data: RegistryData): PersonOption[] =>
  [...data.lists.participants]
    .sort((x, y) => Number(arrived(y)) - Number(arrived(x)) || compareNames(x.name, y.name))
    .map((p) => {
      const org = p.organisationId ? data.organisations.get(p.organisationId)?.name : undefined;
      const label = `${p.name}${org ? ` · ${orgShortName(org)}` : ''}${arrived(p) ? '' : `（${p.checkIn.state}）`}`;
      return { value: p.id, label, search: `${p.name} ${org ?? ''} ${p.badgeCode}`.toLowerCase() };
    });

/**
 * 临时洽谈: two people who met without a plan get a meeting record. Pick
 * both, and it is created in the slot the floor is in at a free table (a
 * side's host table first), unless another slot or table is chosen.
 */
export const AdHocModal = ({ data, slots, defaultSlotId, open, onClose }: Props) => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const [a, setA] = useState<string | undefined>();
  const [b, setB] = useState<string | undefined>();
  const [slotChoice, setSlotChoice] = useState<string | undefined>();
  const [tableId, setTableId] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const slotId = slotChoice ?? defaultSlotId;
  const people = useMemo(() => (open ? personOptions(data) : []), [open, data]);

  const seated = useLiveQuery(
    async () =>
      open && slotId
        ? db.meetings
            .where('slotId')
            .equals(slotId)
            .filter((m) => m.eventId === data.event.id && !m.deleted && occupiesSeat(m))
            .toArray()
        : [],
    [db, data.event.id, slotId, open],
    [],
  );
  const taken = useMemo(() => new Set(seated.map((m) => m.tableId)), [seated]);
  const host = (id: string | undefined) => (id ? data.participants.get(id)?.availability.hostTableId : undefined);
  const auto = pickFreeTable(data.event.tables, taken, [host(a), host(b)]);
  const tableOptions = useMemo(
    () => [...data.event.tables].sort((x, y) => x.number - y.number).filter((t) => !taken.has(t.id)).map((t) => ({ value: t.id, label: `${t.number}号桌${t.zone ? `（${t.zone}）` : ''}` })),
    [data.event.tables, taken],
  );
  const busy = [a, b].flatMap((id) => (id && seated.some((m) => m.participantIds.includes(id)) ? [data.participants.get(id)?.name ?? ''] : []));

  const reset = () => {
    setA(undefined);
    setB(undefined);
    setSlotChoice(undefined);
    setTableId(undefined);
    setError(null);
  };
  const close = () => {
    reset();
    onClose();
  };
  const create = async () => {
    if (!a || !b || !slotId) return setError('请选择洽谈双方');
    setSaving(true);
    const result = await addAdHocMeeting(db, data.event.id, { a, b, slotId, ...(tableId ? { tableId } : {}) });
    setSaving(false);
    if (!result.ok) return setError(result.issues.map((i) => i.message).join('；'));
    const table = data.event.tables.find((t) => t.id === result.value.tableId);
    message.success(`已记录临时洽谈：${data.participants.get(a)?.name ?? ''} 与 ${data.participants.get(b)?.name ?? ''}，${table ? `${table.number}号桌` : ''}`);
    close();
  };

  const filter = { optionFilterProp: 'search' as const };
  return (
    <Modal
      title="临时洽谈"
      open={open}
      onCancel={close}
      onOk={() => void create()}
      okText="记录洽谈"
      cancelText="关闭"
      confirmLoading={saving}
      okButtonProps={{ disabled: !a || !b, 'data-testid': 'floor-adhoc-create' }}
      destroyOnHidden
    >
      <Form layout="vertical" requiredMark={false}>
        <Form.Item label="甲方">
          <Select showSearch={filter} placeholder="输入姓名、单位或胸卡码" options={people} value={a} onChange={setA} data-testid="floor-adhoc-a" />
        </Form.Item>
        <Form.Item label="乙方">
          <Select showSearch={filter} placeholder="输入姓名、单位或胸卡码" options={people} value={b} onChange={setB} data-testid="floor-adhoc-b" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item label="时段" style={{ flex: 1 }}>
            <Select<string>
              value={slotId}
              onChange={(id) => {
                setSlotChoice(id);
                setTableId(undefined);
              }}
              options={slots.map((s) => ({ value: s.id, label: slotOption(s) }))}
              data-testid="floor-adhoc-slot"
            />
          </Form.Item>
          <Form.Item label="洽谈桌" style={{ flex: 1 }}>
            <Select<string>
              value={tableId ?? ''}
              onChange={(id) => setTableId(id === '' ? undefined : id)}
              options={[{ value: '', label: auto ? `自动（${auto.number}号桌）` : '自动（无空桌）' }, ...tableOptions]}
              data-testid="floor-adhoc-table"
            />
          </Form.Item>
        </div>
      </Form>
      {busy.length > 0 && <Alert type="warning" showIcon title={`${busy.join('、')}在该时段已有洽谈`} style={{ marginBottom: 8 }} />}
      {error && <Alert type="error" showIcon title={error} data-testid="floor-adhoc-error" />}
    </Modal>
  );
};
