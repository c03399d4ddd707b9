import { Tag } from 'antd';
import { CHECK_IN_STATES, PARTICIPANT_ROLES, type ParticipantDraft } from '@shared/model';
import type { RegistryConfig, RegistryLookups } from '../types';
import { cleanValues, list } from './formValues';

const tableName = (l: RegistryLookups, id: string | undefined): string => {
  const table = id ? l.event.tables.find((t) => t.id === id) : undefined;
  return table ? `${table.number}号桌${table.zone ? `（${table.zone}）` : ''}` : '不固定';
};

const maskMobile = (m?: string) => (m ? `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}` : '');

export const participantsConfig: RegistryConfig<'participants'> = {
  kind: 'participants',
  title: '参会人',
  describeName: (p) => `参会人“${p.name}”`,
  sortText: (p) => p.name,
  searchPlaceholder: '姓名、拼音或首字母（张伟 → zw）、手机尾号、单位、胸卡码',
  scrollX: 1100,
  columns: (l) => [
    { title: '姓名', dataIndex: 'name', width: 110, fixed: 'left' },
    { title: '单位', key: 'org', width: 260, ellipsis: true, render: (_, p) => (p.organisationId ? l.organisations.get(p.organisationId)?.name : '') },
    { title: '职务', dataIndex: 'title', width: 130, ellipsis: true },
    { title: '手机', key: 'mobile', width: 140, render: (_, p) => maskMobile(p.mobile) },
    { title: '角色', key: 'roles', width: 170, render: (_, p) => p.roles.map((r) => <Tag key={r}>{r}</Tag>) },
    { title: '胸卡码', dataIndex: 'badgeCode', width: 100 },
    {
      title: '签到',
      key: 'checkIn',
      width: 90,
      render: (_, p) => <Tag color={p.checkIn.state === '已签到' ? 'green' : p.checkIn.state === '已离场' ? 'default' : 'orange'}>{p.checkIn.state}</Tag>,
    },
  ],
  searchSource: (p, l) => ({
    id: p.id,
    primary: p.name,
    isPersonName: true,
    digits: p.mobile ?? '',
    secondary: [p.organisationId ? l.organisations.get(p.organisationId)?.name : undefined, p.email, p.badgeCode, p.title],
  }),
  filters: [
    { key: 'roles', label: '角色', multiple: true, options: () => PARTICIPANT_ROLES.map((r) => ({ value: r, label: r })), test: (p, v) => p.roles.some((r) => r === v) },
    { key: 'checkIn', label: '签到', options: () => CHECK_IN_STATES.map((s) => ({ value: s, label: s })), test: (p, v) => p.checkIn.state === v },
    {
      key: 'orgKind',
      label: '单位类型',
      options: (l) => [...new Set([...l.organisations.values()].map((o) => o.kind))].map((k) => ({ value: k, label: k })),
      test: (p, v, l) => p.organisationId !== undefined && l.organisations.get(p.organisationId)?.kind === v,
    },
  ],
  formFields: [
    { name: 'name', label: '姓名', kind: 'text', required: true },
    { name: 'organisationId', label: '单位', kind: 'organisation' },
    { name: 'title', label: '职务', kind: 'text', placeholder: '如：技术总监、教授' },
    { name: 'mobile', label: '手机', kind: 'text', placeholder: '11位手机号' },
    { name: 'email', label: '邮箱', kind: 'text' },
    { name: 'roles', label: '参会角色', kind: 'multi', required: true, options: PARTICIPANT_ROLES },
    { name: 'badgeCode', label: '胸卡码', kind: 'text', placeholder: '留空则自动生成' },
    { name: 'expertise', label: '专长领域', kind: 'tags', placeholder: '专家必填为佳：输入后回车，如 锂离子电池、储能' },
    { name: 'maxMeetings', label: '最多洽谈场数', kind: 'number', min: 1, max: 100, addonAfter: '场', placeholder: '不限' },
    { name: 'hostTableId', label: '固定洽谈桌', kind: 'table', placeholder: '不固定（如高校展位可固定在本桌）' },
    { name: 'notes', label: '备注', kind: 'textarea' },
  ],
  emptyValues: () => ({ roles: [], expertise: [] }),
  // The two scheduling limits live in `availability`; the form edits them as fields of their own.
  toFormValues: (p) => ({ ...p, maxMeetings: p.availability.maxMeetings, hostTableId: p.availability.hostTableId }),
  toInput: (v) => {
    const { maxMeetings, hostTableId, availability, ...c } = cleanValues(v, ['name']);
    const kept = typeof availability === 'object' && availability !== null ? (availability as Partial<NonNullable<ParticipantDraft['availability']>>) : {};
    return {
      ...c,
      roles: list(c.roles),
      expertise: list(c.expertise),
      badgeCode: typeof c.badgeCode === 'string' ? c.badgeCode : '',
      availability: {
        sessionIds: kept.sessionIds ?? [],
        unavailableSlotIds: kept.unavailableSlotIds ?? [],
        ...(maxMeetings === undefined ? {} : { maxMeetings }),
        ...(hostTableId === undefined ? {} : { hostTableId }),
      },
    } as ParticipantDraft;
  },
  details: (p, l) => [
    { label: '姓名', value: p.name },
    { label: '单位', value: p.organisationId ? l.organisations.get(p.organisationId)?.name : '—' },
    { label: '职务', value: p.title ?? '—' },
    { label: '手机', value: p.mobile ?? '—' },
    { label: '邮箱', value: p.email ?? '—' },
    { label: '参会角色', value: p.roles.join('、') },
    { label: '胸卡码', value: p.badgeCode },
    { label: '签到状态', value: p.checkIn.state },
    { label: '专长领域', value: p.expertise?.join('、') || '—' },
    { label: '最多洽谈场数', value: p.availability.maxMeetings === undefined ? '不限' : `${p.availability.maxMeetings}场` },
    { label: '固定洽谈桌', value: tableName(l, p.availability.hostTableId) },
    { label: '备注', value: p.notes ?? '—' },
  ],
};
