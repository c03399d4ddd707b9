import { useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Drawer, Form, Radio, Select, Space, Switch } from 'antd';
import { REQUEST_PRIORITIES, type DockingEvent, type FieldIssue, type MeetingRequest, type MeetingRequestDraft, type RequestPriority } from '@shared/model';
import { useDesk } from '../../../app/DeskContext';
import { createMeetingRequests, updateRequest } from '../../../db/meetingRequests';
import { afterOptions, personOptions, recordOptions, sidesOf } from './formOptions';
import { SlotPicker } from './SlotPicker';
import type { RequestFormTarget } from './store';
import type { RequestsData } from './useRequestsData';

type Props = { event: DockingEvent; data: RequestsData; target: RequestFormTarget; onClose: () => void };

type Values = {
  fromId?: string;
  toId?: string;
  needId?: string;
  achievementId?: string;
  priority: RequestPriority;
  mutual: boolean;
  allowedSlotIds: string[];
  afterRequestId?: string;
};

const FIELDS = ['fromId', 'toId', 'needId', 'achievementId', 'priority', 'mutual', 'allowedSlotIds', 'afterRequestId'] as const;
const NEW_VALUES: Values = { priority: '优先', mutual: false, allowedSlotIds: [] };

const valuesOf = (r: MeetingRequest): Values => ({
  fromId: r.fromId,
  toId: r.toId,
  needId: r.needId,
  achievementId: r.achievementId,
  priority: r.priority,
  mutual: r.mutual,
  allowedSlotIds: r.allowedSlotIds,
  afterRequestId: r.afterRequestId,
});

/** A one-draft batch still numbers its issues (“第1条：…”); the form shows them under the field instead. */
const unnumbered = (message: string): string => message.replace(/^第1条：/, '');

/**
 * 新建约谈 / 编辑约谈申请. A new request is the organiser's own
 * (source 组织者); editing changes only the scheduling wishes — who meets
 * whom about what is the request itself, so a different pair is a new one.
 * Issues come from the repository, in Chinese, under the field they concern.
 */
export const RequestForm = ({ event, data, target, onClose }: Props) => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [general, setGeneral] = useState<string[]>([]);
  const [duplicate, setDuplicate] = useState<string>();
  const [saving, setSaving] = useState(false);
  const editing = target.mode === 'edit' ? data.requestsById.get(target.id) : undefined;
  const isNew = target.mode === 'new';
  const initialValues = useMemo(() => (editing ? valuesOf(editing) : NEW_VALUES), [editing]);

  const fromId = Form.useWatch('fromId', form);
  const toId = Form.useWatch('toId', form);
  const sides = useMemo(() => sidesOf([fromId, toId], data.participants), [fromId, toId, data.participants]);
  const people = useMemo(() => personOptions(data.people, data.organisations), [data.people, data.organisations]);
  const needs = useMemo(() => recordOptions(data.needList, sides, data.organisations), [data.needList, sides, data.organisations]);
  const achievements = useMemo(() => recordOptions(data.achievementList, sides, data.organisations), [data.achievementList, sides, data.organisations]);
  const predecessors = useMemo(() => {
    const name = (id: string) => data.participants.get(id)?.name ?? '（已删除的参会人）';
    const describe = (r: MeetingRequest) => {
      const topic = (r.needId && data.needs.get(r.needId)?.title) || (r.achievementId && data.achievements.get(r.achievementId)?.title);
      return `${name(r.fromId)}→${name(r.toId)}${topic ? ` · ${topic}` : ''}（${r.state}）`;
    };
    return afterOptions(data.requests, editing, sides, describe);
  }, [data, editing, sides]);

  const showIssues = (issues: readonly FieldIssue[]) => {
    const byField = new Map<string, string[]>();
    const rest: string[] = [];
    for (const issue of issues) {
      const field = issue.field.split('.')[0] ?? '';
      const text = unnumbered(issue.message);
      if ((FIELDS as readonly string[]).includes(field)) byField.set(field, [...(byField.get(field) ?? []), text]);
      else rest.push(text);
    }
    form.setFields(FIELDS.map((name) => ({ name, errors: byField.get(name) ?? [] })));
    setGeneral(rest);
  };

  const create = async (v: Values) => {
    const { fromId, toId, ...rest } = v;
    if (!fromId || !toId) {
      return showIssues([
        ...(fromId ? [] : [{ field: 'fromId', message: '请选择发起方' }]),
        ...(toId ? [] : [{ field: 'toId', message: '请选择约谈对象' }]),
      ]);
    }
    const draft: MeetingRequestDraft = { ...rest, fromId, toId, source: '组织者' };
    const result = await createMeetingRequests(db, event.id, [draft]);
    if (!result.ok) return showIssues(result.issues);
    const skipped = result.value.skipped[0];
    if (skipped) {
      showIssues([]);
      setDuplicate(skipped.reason);
      return;
    }
    message.success('已新建约谈申请');
    onClose();
  };

  const save = async (request: MeetingRequest, v: Values) => {
    const result = await updateRequest(db, request.id, { priority: v.priority, mutual: v.mutual, allowedSlotIds: v.allowedSlotIds, afterRequestId: v.afterRequestId ?? null });
    if (!result.ok) return showIssues(result.issues);
    message.success('已保存约谈申请');
    onClose();
  };

  const submit = async () => {
    setSaving(true);
    setDuplicate(undefined);
    try {
      const values: Values = { ...NEW_VALUES, ...form.getFieldsValue(true) };
      if (editing) await save(editing, values);
      else await create(values);
    } finally {
      setSaving(false);
    }
  };

  const gone = !isNew && !editing;
  return (
    <Drawer open title={isNew ? '新建约谈' : '编辑约谈申请'} size={560} onClose={onClose} destroyOnHidden data-testid="request-form">
      {gone ? (
        <Alert type="warning" showIcon title="该约谈申请已被删除" />
      ) : (
        <Form form={form} layout="vertical" initialValues={initialValues} onFinish={submit}>
          {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} data-testid="request-form-error" />}
          {duplicate && <Alert type="warning" showIcon title={duplicate} style={{ marginBottom: 16 }} data-testid="request-form-duplicate" />}
          <Form.Item name="fromId" label="发起方" required>
            <Select showSearch={{ optionFilterProp: 'label' }} allowClear disabled={!isNew} placeholder="输入姓名或单位搜索" options={people} data-testid="input-fromId" />
          </Form.Item>
          <Form.Item name="toId" label="约谈对象" required>
            <Select showSearch={{ optionFilterProp: 'label' }} allowClear disabled={!isNew} placeholder="输入姓名或单位搜索" options={people} data-testid="input-toId" />
          </Form.Item>
          <Form.Item name="needId" label="所涉需求" extra={isNew ? '选定双方后，只列出他们的需求（若有）' : undefined}>
            <Select showSearch={{ optionFilterProp: 'label' }} allowClear disabled={!isNew} placeholder="可不选" options={needs} data-testid="input-needId" />
          </Form.Item>
          <Form.Item name="achievementId" label="所涉成果">
            <Select showSearch={{ optionFilterProp: 'label' }} allowClear disabled={!isNew} placeholder="可不选" options={achievements} data-testid="input-achievementId" />
          </Form.Item>
          <Form.Item name="priority" label="优先级">
            <Radio.Group optionType="button" options={REQUEST_PRIORITIES.map((p) => ({ value: p, label: p }))} data-testid="input-priority" />
          </Form.Item>
          <Form.Item name="mutual" label="双向意向" valuePropName="checked" extra="双方都提出了约谈意向时打开">
            <Switch data-testid="input-mutual" />
          </Form.Item>
          <Form.Item name="allowedSlotIds" label="可约时段">
            <SlotPicker groups={data.slotGroups} />
          </Form.Item>
          <Form.Item name="afterRequestId" label="排在此约谈之后" extra="用于后续洽谈：排期时安排在所选约谈之后">
            <Select showSearch={{ optionFilterProp: 'label' }} allowClear placeholder="不限顺序" options={predecessors} data-testid="input-afterRequestId" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="request-form-submit">
              {isNew ? '创建' : '保存'}
            </Button>
            <Button onClick={onClose}>取消</Button>
          </Space>
        </Form>
      )}
    </Drawer>
  );
};
