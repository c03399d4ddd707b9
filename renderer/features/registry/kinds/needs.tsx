import { Tag } from 'antd';
import { COOPERATION_MODES, FIELDS, type NeedDraft } from '@shared/model';
import type { RegistryConfig } from '../types';
import { cleanValues, list } from './formValues';

export const needsConfig: RegistryConfig<'needs'> = {
  kind: 'needs',
  title: '技术需求',
  describeName: (n) => `技术需求“${n.title}”`,
  sortText: (n) => n.title,
  searchPlaceholder: '需求名称、关键词、需求单位',
  scrollX: 1200,
  columns: (l) => [
    { title: '需求名称', dataIndex: 'title', width: 300, ellipsis: true, fixed: 'left' },
    { title: '需求单位', key: 'owner', width: 240, ellipsis: true, render: (_, n) => l.organisations.get(n.ownerId)?.name },
    { title: '领域', dataIndex: 'field', width: 130 },
    { title: '关键词', key: 'kw', width: 260, ellipsis: true, render: (_, n) => n.keywords.join('、') },
    { title: '合作方式', key: 'modes', width: 180, ellipsis: true, render: (_, n) => n.cooperationModes.map((m) => <Tag key={m}>{m}</Tag>) },
    { title: '预算（万元）', dataIndex: 'budgetWan', width: 110, align: 'right' },
  ],
  searchSource: (n, l) => ({ id: n.id, primary: n.title, secondary: [l.organisations.get(n.ownerId)?.name, n.field, ...n.keywords] }),
  filters: [
    { key: 'field', label: '领域', multiple: true, options: () => FIELDS.map((f) => ({ value: f, label: f })), test: (n, v) => n.field === v },
    { key: 'mode', label: '合作方式', multiple: true, options: () => COOPERATION_MODES.map((m) => ({ value: m, label: m })), test: (n, v) => n.cooperationModes.some((m) => m === v) },
  ],
  formFields: [
    { name: 'title', label: '需求名称', kind: 'text', required: true },
    { name: 'ownerId', label: '需求单位', kind: 'organisation', required: true },
    { name: 'contactId', label: '联系人', kind: 'person' },
    { name: 'field', label: '行业领域', kind: 'select', required: true, options: FIELDS },
    { name: 'keywords', label: '关键词', kind: 'tags', placeholder: '输入后回车，或用顿号分隔' },
    { name: 'description', label: '需求描述', kind: 'textarea' },
    { name: 'cooperationModes', label: '期望合作方式', kind: 'multi', options: COOPERATION_MODES },
    { name: 'budgetWan', label: '预算', kind: 'number', min: 0, addonAfter: '万元' },
    { name: 'deadline', label: '截止日期', kind: 'date' },
  ],
  emptyValues: () => ({ keywords: [], cooperationModes: [] }),
  toFormValues: (n) => ({ ...n }),
  toInput: (v) => {
    const c = cleanValues(v, ['title']);
    return { ...c, keywords: list(c.keywords), cooperationModes: list(c.cooperationModes) } as NeedDraft;
  },
  details: (n, l) => [
    { label: '需求名称', value: n.title },
    { label: '需求单位', value: l.organisations.get(n.ownerId)?.name ?? '—' },
    { label: '联系人', value: n.contactId ? l.participants.get(n.contactId)?.name : '—' },
    { label: '领域', value: n.field },
    { label: '关键词', value: n.keywords.join('、') || '—' },
    { label: '合作方式', value: n.cooperationModes.join('、') || '—' },
    { label: '预算', value: n.budgetWan === undefined ? '—' : `${n.budgetWan} 万元` },
    { label: '截止日期', value: n.deadline ?? '—' },
    { label: '需求描述', value: n.description ?? '—' },
  ],
};
