import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { Alert, App as AntApp, Button, Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { COOPERATION_MODES, OUTCOME_RESULTS, type Meeting, type Outcome } from '@shared/model';
import { useDesk } from '../../app/DeskContext';
import { OPERATOR_MAX, writeOperator } from '../../db/operator';
import { currentEditor, OUTCOME_CONFLICT, readMeetingOutcome, saveOutcome, type OutcomeBase } from '../../db/outcomes';
import type { RegistryData } from '../registry/useRegistryData';
import { ConflictNotice, type Conflict } from './ConflictNotice';
import { draftOf, formValuesOf, OUTCOME_FIELDS, type OutcomeField, type OutcomeFormValues, type TopicTitles } from './outcomeFields';

/** Keys 1–4 pick the result, in the order of `OUTCOME_RESULTS`. */
const RESULT_KEYS = ['1', '2', '3', '4'];

/** Where a digit is typed, not a shortcut: text boxes, the amount, the date. */
const takesText = (target: EventTarget): boolean =>
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(target.type)) ||
  (target instanceof HTMLElement && target.isContentEditable);

const FORM_FIELDS = new Set<string>([...OUTCOME_FIELDS, 'operator']);

export type OutcomeFormProps = {
  data: RegistryData;
  meeting: Meeting;
  /** The outcome as stored when the form opened: what a save is checked against. */
  stored: Outcome | undefined;
  /** The outcome as stored now (a live read): a save elsewhere is announced before this form saves. */
  latest: Outcome | undefined;
  operator: string | undefined;
  titles: TopicTitles;
  onSaved(outcome: Outcome): void;
  /** Set by the form: whether closing now would lose typed values. */
  dirtyRef: RefObject<() => boolean>;
};

/** Needs and achievements of the two sides (their organisations' or their own), for a meeting without a request. */
const useTopicOptions = (data: RegistryData, meeting: Meeting) =>
  useMemo(() => {
    const people = new Set<string>(meeting.participantIds);
    const organisations = new Set(meeting.participantIds.flatMap((id) => data.participants.get(id)?.organisationId ?? []));
    const ours = (r: { ownerId: string; contactId?: string }) => organisations.has(r.ownerId) || (r.contactId !== undefined && people.has(r.contactId));
    return {
      needs: data.lists.needs.filter(ours).map((n) => ({ value: n.id, label: n.title })),
      achievements: data.lists.achievements.filter(ours).map((a) => ({ value: a.id, label: a.title })),
    };
  }, [data, meeting.participantIds]);

/**
 * The outcome form, built for the keyboard: 1–4 pick the result, Tab walks
 * the fields, Ctrl+Enter saves. A save that another window beat is refused;
 * the form then shows the latest stored values and keeps the typed ones
 * beside them (`ConflictNotice`), so nothing typed is lost.
 */
export const OutcomeForm = ({ data, meeting, stored, latest, operator, titles, onSaved, dirtyRef }: OutcomeFormProps) => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<OutcomeFormValues>();
  const [base, setBase] = useState<OutcomeBase>(stored ? { outcomeId: stored.id, updatedAt: stored.updatedAt } : null);
  const [initial, setInitial] = useState(() => formValuesOf(stored, operator));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Ctrl+Enter pressed twice before the first save settles must not save twice.
  const busy = useRef(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const topics = useTopicOptions(data, meeting);
  const withTopic = !meeting.requestId;
  const editable: readonly OutcomeField[] = withTopic ? OUTCOME_FIELDS : OUTCOME_FIELDS.filter((f) => f !== 'needId' && f !== 'achievementId');
  const notHeld = meeting.state === '未到场' || meeting.state === '已取消';

  const snapshot = (values: OutcomeFormValues) => JSON.stringify([draftOf(meeting.id, values, withTopic), (values.operator ?? '').trim()]);
  useEffect(() => {
    dirtyRef.current = () => snapshot(form.getFieldsValue(true)) !== snapshot(initial);
  });

  // The drawer focuses its own frame when it opens; the result buttons take the focus after that, so 1–4 and Tab work at once.
  useEffect(() => {
    const timer = setTimeout(() => {
      const radios = wrapper.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]');
      const checked = radios ? [...radios].find((r) => r.checked) : undefined;
      (checked ?? radios?.[0])?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, []);

  const showIssues = (issues: { field: string; message: string }[]) => {
    const byField = new Map<string, string[]>();
    const general: string[] = [];
    for (const issue of issues) {
      const field = issue.field.split('.')[0] ?? '';
      if (FORM_FIELDS.has(field)) byField.set(field, [...(byField.get(field) ?? []), issue.message]);
      else general.push(issue.message);
    }
    form.setFields([...byField].map(([name, errors]) => ({ name: name as keyof OutcomeFormValues, errors })));
    setProblem(general.length > 0 ? general.join('；') : null);
  };

  const reloadAfterConflict = async (text: string, values: OutcomeFormValues) => {
    const fresh = await readMeetingOutcome(db, meeting.id);
    const typedOperator = values.operator ?? '';
    const loaded = formValuesOf(fresh, typedOperator);
    setBase(fresh ? { outcomeId: fresh.id, updatedAt: fresh.updatedAt } : null);
    setInitial(loaded);
    form.resetFields();
    form.setFieldsValue(loaded);
    setConflict({ message: text, typed: draftOf(meeting.id, values, withTopic), latest: fresh, fields: editable, restored: false });
    setProblem(null);
  };

  const save = async () => {
    if (busy.current || notHeld) return;
    const values = form.getFieldsValue(true);
    if (!values.result) {
      form.setFields([{ name: 'result', errors: ['请选择对接结果（可按数字键 1–4）'] }]);
      return;
    }
    busy.current = true;
    setSaving(true);
    try {
      const name = (values.operator ?? '').trim();
      if (name !== (operator ?? '')) await writeOperator(db, name);
      const result = await saveOutcome(db, data.event.id, draftOf(meeting.id, values, withTopic), base, await currentEditor(db));
      if (result.ok) {
        message.success(`已保存对接成果：${result.value.result}`);
        onSaved(result.value);
        return;
      }
      const clash = result.issues.find((i) => i.field === OUTCOME_CONFLICT);
      if (clash) await reloadAfterConflict(clash.message, values);
      else showIssues(result.issues);
    } finally {
      busy.current = false;
      setSaving(false);
    }
  };

  const restoreTyped = () => {
    if (!conflict) return;
    form.setFieldsValue(formValuesOf(conflict.typed, form.getFieldValue('operator')));
    setConflict({ ...conflict, restored: true });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || takesText(e.target)) return;
    const n = RESULT_KEYS.indexOf(e.key);
    if (n < 0) return;
    e.preventDefault();
    form.setFields([{ name: 'result', value: OUTCOME_RESULTS[n], errors: [] }]);
  };

  const savedElsewhere = !conflict && latest !== undefined && latest.updatedAt !== base?.updatedAt;
  return (
    <div ref={wrapper} onKeyDown={onKeyDown} data-testid="outcome-form">
      {notHeld && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={`该洽谈已标记为${meeting.state}，不能记录成果`} />}
      {conflict && <ConflictNotice conflict={conflict} titles={titles} onRestore={restoreTyped} />}
      {savedElsewhere && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} data-testid="outcome-changed" title="此成果刚在其他窗口或设备上保存过：保存时将请您核对最新内容" />
      )}
      {problem && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={problem} data-testid="outcome-problem" />}
      <Form<OutcomeFormValues> form={form} layout="vertical" initialValues={initial} requiredMark={false} disabled={notHeld}>
        <Form.Item name="result" label="对接结果（数字键 1–4）">
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            size="large"
            options={OUTCOME_RESULTS.map((r, i) => ({ value: r, label: `${i + 1} ${r}` }))}
            data-testid="outcome-result"
          />
        </Form.Item>
        <Form.Item name="cooperationModes" label="合作方式">
          <Checkbox.Group options={COOPERATION_MODES.map((m) => ({ value: m, label: m }))} data-testid="outcome-modes" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="amountWan" label="预估金额（万元）">
              <InputNumber min={0} style={{ width: '100%' }} placeholder="如 120" data-testid="outcome-amount" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="followUpDate" label="跟进日期">
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} data-testid="outcome-followup" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="contactName" label="联系人">
              <Input placeholder="后续对接人" data-testid="outcome-contact" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="nextStep" label="下一步安排">
          <Input count={{ show: true, max: 200 }} placeholder="如：两周内寄送样品，安排实验室考察" data-testid="outcome-next" />
        </Form.Item>
        {withTopic && (
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="needId" label="所涉需求">
                <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={topics.needs} placeholder="双方单位的需求" notFoundContent="双方单位没有登记需求" data-testid="outcome-need" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="achievementId" label="所涉成果">
                <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={topics.achievements} placeholder="双方单位的成果" notFoundContent="双方单位没有登记成果" data-testid="outcome-achievement" />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="notes" label="备注">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} count={{ show: true, max: 1000 }} data-testid="outcome-notes" />
        </Form.Item>
        {/* Always in view at the foot of the drawer: the form is longer than a laptop screen. */}
        <div style={{ position: 'sticky', bottom: -24, background: '#fff', borderTop: '1px solid #f0f0f0', padding: '12px 0 16px', display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap', zIndex: 2 }}>
          <Button type="primary" size="large" loading={saving} disabled={notHeld} onClick={() => void save()} data-testid="outcome-save">
            保存（Ctrl+Enter）
          </Button>
          <Form.Item name="operator" label="记录人" layout="horizontal" style={{ margin: 0 }} tooltip="记在本机，之后每次保存都署此名">
            <Input maxLength={OPERATOR_MAX} placeholder="您的姓名" style={{ width: 140 }} data-testid="outcome-operator" />
          </Form.Item>
          <Typography.Text type="secondary">Esc 关闭</Typography.Text>
        </div>
      </Form>
    </div>
  );
};
