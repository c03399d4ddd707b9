import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Divider, Form, Input, InputNumber, Row, Space, TimePicker, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { deriveSlots, type DockingEvent, type EventDraft, type FieldIssue } from '@shared/model';
import { tablesFromZones, zonesFromTables, type ZoneRange } from './tablesPlan';

type SessionValues = { id: string; label: string; date?: Dayjs; time?: [Dayjs, Dayjs] };
type Values = {
  name: string;
  venue: string;
  organiser?: string;
  dates?: [Dayjs, Dayjs];
  slotMinutes: number;
  breakMinutes: number;
  sessions: SessionValues[];
  tableCount: number;
  zones: ZoneRange[];
};

const toValues = (e?: DockingEvent): Values => {
  if (!e) {
    const day = dayjs().add(14, 'day');
    return {
      name: '',
      venue: '',
      slotMinutes: 20,
      breakMinutes: 5,
      dates: [day, day],
      sessions: [
        { id: 'am', label: '上午', date: day, time: [dayjs('09:00', 'HH:mm'), dayjs('12:00', 'HH:mm')] },
        { id: 'pm', label: '下午', date: day, time: [dayjs('13:30', 'HH:mm'), dayjs('17:00', 'HH:mm')] },
      ],
      tableCount: 30,
      zones: [],
    };
  }
  return {
    name: e.name,
    venue: e.venue,
    organiser: e.organiser,
    dates: [dayjs(e.startDate), dayjs(e.endDate)],
    slotMinutes: e.slotMinutes,
    breakMinutes: e.breakMinutes,
    sessions: e.sessions.map((s) => ({ id: s.id, label: s.label, date: dayjs(s.date), time: [dayjs(s.start, 'HH:mm'), dayjs(s.end, 'HH:mm')] })),
    tableCount: e.tables.length,
    zones: zonesFromTables(e.tables),
  };
};

const toDraft = (v: Values): EventDraft => ({
  name: v.name ?? '',
  venue: v.venue ?? '',
  ...(v.organiser ? { organiser: v.organiser } : {}),
  startDate: v.dates?.[0]?.format('YYYY-MM-DD') ?? '',
  endDate: v.dates?.[1]?.format('YYYY-MM-DD') ?? '',
  slotMinutes: v.slotMinutes ?? 0,
  breakMinutes: v.breakMinutes ?? 0,
  sessions: (v.sessions ?? []).map((s, i) => ({
    id: s.id || `s${i + 1}`,
    label: s.label ?? '',
    date: s.date?.format('YYYY-MM-DD') ?? '',
    start: s.time?.[0]?.format('HH:mm') ?? '',
    end: s.time?.[1]?.format('HH:mm') ?? '',
  })),
  tables: tablesFromZones(v.tableCount ?? 0, (v.zones ?? []).filter((z) => z && z.zone)),
});

const FIELD_OF_ISSUE: Record<string, keyof Values> = { startDate: 'dates', endDate: 'dates', tables: 'tableCount' };
const FORM_FIELDS = ['name', 'venue', 'organiser', 'dates', 'slotMinutes', 'breakMinutes', 'tableCount'] as const satisfies readonly (keyof Values)[];
const isFormField = (name: string): name is (typeof FORM_FIELDS)[number] => (FORM_FIELDS as readonly string[]).includes(name);

type Props = { event?: DockingEvent; onSubmit: (draft: EventDraft) => Promise<FieldIssue[]>; submitLabel: string; onCancel?: () => void };

/** 活动设置: name, venue, dates, sessions with slot length and breaks, tables and zones. */
export const EventForm = ({ event, onSubmit, submitLabel, onCancel }: Props) => {
  const [form] = Form.useForm<Values>();
  const initial = useMemo(() => toValues(event), [event]);
  const watched = Form.useWatch([], form) as Values | undefined;
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const preview = useMemo(() => {
    if (!watched) return undefined;
    const draft = toDraft({ ...initial, ...watched });
    try {
      const slots = deriveSlots(draft).length;
      return { slots, tables: draft.tables.length };
    } catch {
      return undefined;
    }
  }, [watched, initial]);

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const issues = await onSubmit(toDraft(values));
      const rest: string[] = [];
      const byField = new Map<string, string[]>();
      for (const i of issues) {
        const top = i.field.split('.')[0] ?? '';
        const name = FIELD_OF_ISSUE[top] ?? top;
        if (isFormField(name)) byField.set(name, [...(byField.get(name) ?? []), i.message]);
        else rest.push(i.message);
      }
      form.setFields(FORM_FIELDS.map((n) => ({ name: n, errors: byField.get(n) ?? [] })));
      setGeneral(rest);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} data-testid="event-form">
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col span={14}>
          <Form.Item name="name" label="活动名称" required>
            <Input placeholder="如：2026中关村千校万企协同创新对接会" data-testid="event-name" />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="dates" label="活动日期" required>
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="venue" label="活动地点" required>
            <Input placeholder="如：中关村国家自主创新示范区展示中心" data-testid="event-venue" />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="organiser" label="主办单位">
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">洽谈时段</Divider>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="slotMinutes" label="每轮洽谈时长" required>
            <InputNumber min={5} max={240} suffix="分钟" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="breakMinutes" label="轮间休息" required>
            <InputNumber min={0} max={60} suffix="分钟" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="sessions">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((f) => (
              <Card key={f.key} size="small">
                <Space wrap align="baseline">
                  <Form.Item name={[f.name, 'label']} label="场次" rules={[{ required: true, message: '请填写场次名称' }]}>
                    <Input style={{ width: 100 }} placeholder="上午" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'date']} label="日期" rules={[{ required: true, message: '请选择日期' }]}>
                    <DatePicker />
                  </Form.Item>
                  <Form.Item name={[f.name, 'time']} label="时间" rules={[{ required: true, message: '请选择时间' }]}>
                    <TimePicker.RangePicker format="HH:mm" minuteStep={5} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除场次" />
                </Space>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ id: `s${Date.now().toString(36)}`, label: '' })}>
              添加场次
            </Button>
          </Space>
        )}
      </Form.List>
      <Divider titlePlacement="start">洽谈桌</Divider>
      <Form.Item name="tableCount" label="洽谈桌数量" required>
        <InputNumber min={0} max={2000} suffix="张" style={{ width: 200 }} />
      </Form.Item>
      <Form.List name="zones">
        {(fields, { add, remove }) => (
          <Space orientation="vertical">
            {fields.map((f) => (
              <Space key={f.key} align="baseline">
                <Form.Item name={[f.name, 'zone']} rules={[{ required: true, message: '请填写分区名称' }]}>
                  <Input placeholder="分区，如 A区" style={{ width: 120 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'from']}>
                  <InputNumber min={1} prefix="从" suffix="号" />
                </Form.Item>
                <Form.Item name={[f.name, 'to']}>
                  <InputNumber min={1} prefix="到" suffix="号" />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除分区" />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ zone: '', from: 1, to: 1 })}>
              添加分区（选填）
            </Button>
          </Space>
        )}
      </Form.List>
      {preview && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }} data-testid="event-capacity">
          共 {preview.slots} 轮洽谈 × {preview.tables} 张洽谈桌 = 最多 {preview.slots * preview.tables} 场一对一洽谈
        </Typography.Paragraph>
      )}
      <Space style={{ marginTop: 8 }}>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="event-submit">
          {submitLabel}
        </Button>
        {onCancel && <Button onClick={onCancel}>取消</Button>}
      </Space>
    </Form>
  );
};
