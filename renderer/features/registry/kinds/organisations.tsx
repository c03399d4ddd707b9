import { Tag } from 'antd';
import { ORG_KINDS, type OrganisationDraft } from '@shared/model';
import type { RegistryConfig } from '../types';
import { cleanValues } from './formValues';

export const organisationsConfig: RegistryConfig<'organisations'> = {
  kind: 'organisations',
  title: '机构',
  describeName: (o) => `机构“${o.name}”`,
  sortText: (o) => o.name,
  searchPlaceholder: '机构名称、拼音首字母、信用代码、地区、行业',
  scrollX: 1000,
  columns: (l) => {
    const people = new Map<string, number>();
    for (const p of l.participants.values()) if (p.organisationId) people.set(p.organisationId, (people.get(p.organisationId) ?? 0) + 1);
    return [
      { title: '机构名称', dataIndex: 'name', width: 280, ellipsis: true, fixed: 'left' },
      { title: '类型', key: 'kind', width: 100, render: (_, o) => <Tag>{o.kind}</Tag> },
      { title: '统一社会信用代码', dataIndex: 'usci', width: 200 },
      { title: '地区', dataIndex: 'region', width: 150, ellipsis: true },
      { title: '行业', dataIndex: 'industry', width: 150, ellipsis: true },
      { title: '参会人数', key: 'people', width: 90, align: 'right', render: (_, o) => people.get(o.id) ?? 0 },
    ];
  },
  searchSource: (o) => ({ id: o.id, primary: o.name, secondary: [o.usci, o.region, o.industry, o.kind] }),
  filters: [{ key: 'kind', label: '类型', multiple: true, options: () => ORG_KINDS.map((k) => ({ value: k, label: k })), test: (o, v) => o.kind === v }],
  formFields: [
    { name: 'name', label: '机构名称', kind: 'text', required: true },
    { name: 'kind', label: '机构类型', kind: 'select', required: true, options: ORG_KINDS },
    { name: 'usci', label: '统一社会信用代码', kind: 'text', placeholder: '18位，选填；填写时将校验' },
    { name: 'region', label: '所在地区', kind: 'text', placeholder: '如：北京市海淀区' },
    { name: 'industry', label: '所属行业', kind: 'text' },
    { name: 'website', label: '网址', kind: 'text' },
    { name: 'intro', label: '机构简介', kind: 'textarea' },
  ],
  emptyValues: () => ({ kind: '企业' }),
  toFormValues: (o) => ({ ...o }),
  toInput: (v) => cleanValues(v, ['name']) as OrganisationDraft,
  details: (o) => [
    { label: '机构名称', value: o.name },
    { label: '类型', value: o.kind },
    { label: '统一社会信用代码', value: o.usci ?? '—' },
    { label: '地区', value: o.region ?? '—' },
    { label: '行业', value: o.industry ?? '—' },
    { label: '网址', value: o.website ?? '—' },
    { label: '简介', value: o.intro ?? '—' },
  ],
};
