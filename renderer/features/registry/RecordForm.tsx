import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { FieldIssue } from '@shared/model';
import type { FieldDef, FormValues, RegistryLookups } from './types';

type Props = {
  fields: FieldDef[];
  initialValues: FormValues;
  lookups: RegistryLookups;
  /** Saves the values; resolves to the issues that refused them, or none. */
  onSubmit: (values: FormValues) => Promise<FieldIssue[]>;
  onCancel: () => void;
  submitLabel: string;
};

/** `patents.2` → `patents`: a list's issues show under the list's input. */
const topField = (path: string): string => path.split('.')[0] ?? '';

export const RecordForm = ({ fields, initialValues, lookups, onSubmit, onCancel, submitLabel }: Props) => {
  const [form] = Form.useForm<FormValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const names = useMemo(() => new Set(fields.map((f) => f.name)), [fields]);

  useEffect(() => form.setFieldsValue(initialValues), [form, initialValues]);

  const submit = async () => {
    setSaving(true);
    try {
      const issues = await onSubmit(form.getFieldsValue(true));
      const byField = new Map<string, string[]>();
      const rest: string[] = [];
      for (const issue of issues) {
        const name = topField(issue.field);
        if (names.has(name)) byField.set(name, [...(byField.get(name) ?? []), issue.message]);
        else rest.push(issue.message);
      }
      form.setFields(fields.map((f) => ({ name: f.name, errors: byField.get(f.name) ?? [] })));
      setGeneral(rest);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} data-testid="record-form" requiredMark>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />}
      {fields.map((f) => (
        <FieldInput key={f.name} field={f} lookups={lookups} />
      ))}
      <Space>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="form-submit">
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  );
};

const dateProps = {
  getValueProps: (v: unknown) => ({ value: typeof v === 'string' && v ? dayjs(v) : undefined }),
  normalize: (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined),
};

const FieldInput = ({ field: f, lookups }: { field: FieldDef; lookups: RegistryLookups }) => {
  const common = { name: f.name, label: f.label, required: f.required ?? false, 'data-testid': `field-${f.name}` };
  const options = (f.options ?? []).map((o) => ({ value: o, label: o }));
  switch (f.kind) {
    case 'text':
      return (
        <Form.Item {...common}>
          <Input placeholder={f.placeholder} allowClear data-testid={`input-${f.name}`} />
        </Form.Item>
      );
    case 'textarea':
      return (
        <Form.Item {...common}>
          <Input.TextArea placeholder={f.placeholder} autoSize={{ minRows: 3, maxRows: 10 }} data-testid={`input-${f.name}`} />
        </Form.Item>
      );
    case 'number':
      return (
        <Form.Item {...common}>
          <InputNumber min={f.min} max={f.max} suffix={f.addonAfter} style={{ width: '100%' }} data-testid={`input-${f.name}`} />
        </Form.Item>
      );
    case 'date':
      return (
        <Form.Item {...common} {...dateProps}>
          <DatePicker style={{ width: '100%' }} data-testid={`input-${f.name}`} />
        </Form.Item>
      );
    case 'select':
      return (
        <Form.Item {...common}>
          <Select options={options} allowClear placeholder={f.placeholder} data-testid={`input-${f.name}`} />
        </Form.Item>
      );
    case 'multi':
      return (
        <Form.Item {...common}>
          <Select mode="multiple" options={options} placeholder={f.placeholder} data-testid={`input-${f.name}`} />
        </Form.Item>
      );
    case 'tags':
      return (
        <Form.Item {...common}>
          <Select mode="tags" tokenSeparators={[',', '，', '、', ';', '；']} placeholder={f.placeholder} open={false} data-testid={`input-${f.name}`} />
        </Form.Item>
      );
    case 'organisation': {
      const orgs = [...lookups.organisations.values()].filter((o) => !f.orgKinds || f.orgKinds.includes(o.kind));
      return (
        <Form.Item {...common}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            allowClear
            placeholder={f.placeholder ?? '选择机构'}
            options={orgs.map((o) => ({ value: o.id, label: `${o.name}（${o.kind}）` }))}
            data-testid={`input-${f.name}`}
          />
        </Form.Item>
      );
    }
    case 'table':
      return (
        <Form.Item {...common}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            allowClear
            placeholder={f.placeholder ?? '选择洽谈桌'}
            options={[...lookups.event.tables].sort((a, b) => a.number - b.number).map((t) => ({ value: t.id, label: `${t.number}号桌${t.zone ? `（${t.zone}）` : ''}` }))}
            data-testid={`input-${f.name}`}
          />
        </Form.Item>
      );
    case 'person':
      return (
        <Form.Item {...common}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            allowClear
            placeholder={f.placeholder ?? '选择联系人'}
            options={[...lookups.participants.values()].map((p) => ({
              value: p.id,
              label: `${p.name}${p.organisationId ? `（${lookups.organisations.get(p.organisationId)?.name ?? ''}）` : ''}`,
            }))}
            data-testid={`input-${f.name}`}
          />
        </Form.Item>
      );
  }
};
