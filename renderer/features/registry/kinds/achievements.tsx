import { Tag } from 'antd';
import { COOPERATION_MODES, FIELDS, MATURITY_STAGES, type AchievementDraft } from '@shared/model';
import type { RegistryConfig } from '../types';
import { cleanValues, list } from './formValues';

export const achievementsConfig: RegistryConfig<'achievements'> = {
  kind: 'achievements',
  title: '科技成果',
  describeName: (a) => `科技成果“${a.title}”`,
  sortText: (a) => a.title,
  searchPlaceholder: '成果名称、关键词、成果单位、专利号',
  scrollX: 1250,
  columns: (l) => [
    { title: '成果名称', dataIndex: 'title', width: 300, ellipsis: true, fixed: 'left' },
    { title: '成果单位', key: 'owner', width: 220, ellipsis: true, render: (_, a) => l.organisations.get(a.ownerId)?.name },
    { title: '领域', dataIndex: 'field', width: 130 },
    { title: '成熟度', key: 'maturity', width: 110, render: (_, a) => <Tag color="blue">{a.trl ? `${a.maturity} · TRL${a.trl}` : a.maturity}</Tag> },
    { title: '关键词', key: 'kw', width: 220, ellipsis: true, render: (_, a) => a.keywords.join('、') },
    { title: '专利', key: 'patents', width: 70, align: 'right', render: (_, a) => a.patents.length },
    { title: '价格（万元）', dataIndex: 'priceWan', width: 110, align: 'right' },
  ],
  searchSource: (a, l) => ({ id: a.id, primary: a.title, secondary: [l.organisations.get(a.ownerId)?.name, a.field, ...a.keywords, ...a.patents] }),
  filters: [
    { key: 'field', label: '领域', multiple: true, options: () => FIELDS.map((f) => ({ value: f, label: f })), test: (a, v) => a.field === v },
    { key: 'maturity', label: '成熟度', multiple: true, options: () => MATURITY_STAGES.map((m) => ({ value: m, label: m })), test: (a, v) => a.maturity === v },
  ],
  formFields: [
    { name: 'title', label: '成果名称', kind: 'text', required: true },
    { name: 'ownerId', label: '成果单位', kind: 'organisation', required: true },
    { name: 'contactId', label: '联系人', kind: 'person' },
    { name: 'field', label: '行业领域', kind: 'select', required: true, options: FIELDS },
    { name: 'keywords', label: '关键词', kind: 'tags', placeholder: '输入后回车，或用顿号分隔' },
    { name: 'summary', label: '成果简介', kind: 'textarea' },
    { name: 'maturity', label: '成熟度', kind: 'select', required: true, options: MATURITY_STAGES },
    { name: 'trl', label: '技术就绪度（TRL 1–9）', kind: 'number', min: 1, max: 9 },
    { name: 'patents', label: '专利号', kind: 'tags', placeholder: '如 ZL202110123456.7，回车分隔' },
    { name: 'cooperationModes', label: '可提供的合作方式', kind: 'multi', options: COOPERATION_MODES },
    { name: 'priceWan', label: '转化价格', kind: 'number', min: 0, addonAfter: '万元' },
  ],
  emptyValues: () => ({ keywords: [], patents: [], cooperationModes: [], maturity: '研发中' }),
  toFormValues: (a) => ({ ...a }),
  toInput: (v) => {
    const c = cleanValues(v, ['title']);
    return { ...c, keywords: list(c.keywords), patents: list(c.patents), cooperationModes: list(c.cooperationModes) } as AchievementDraft;
  },
  details: (a, l) => [
    { label: '成果名称', value: a.title },
    { label: '成果单位', value: l.organisations.get(a.ownerId)?.name ?? '—' },
    { label: '联系人', value: a.contactId ? l.participants.get(a.contactId)?.name : '—' },
    { label: '领域', value: a.field },
    { label: '成熟度', value: a.trl ? `${a.maturity}（TRL ${a.trl}）` : a.maturity },
    { label: '关键词', value: a.keywords.join('、') || '—' },
    { label: '专利', value: a.patents.join('、') || '—' },
    { label: '合作方式', value: a.cooperationModes.join('、') || '—' },
    { label: '转化价格', value: a.priceWan === undefined ? '—' : `${a.priceWan} 万元` },
    { label: '成果简介', value: a.summary ?? '—' },
  ],
};
