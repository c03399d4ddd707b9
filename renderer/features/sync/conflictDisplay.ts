import { parseStamp } from '@shared/clock';
import { SYNC_KINDS, type SyncKind, type SyncRecord } from '@shared/sync/kinds';

/** The Chinese name of each field a conflict can be about; unknown fields show their key. */
const FIELD_LABELS: Record<string, string> = {
  name: '名称',
  title: '标题',
  kind: '类型',
  usci: '统一社会信用代码',
  region: '地区',
  industry: '行业',
  website: '网址',
  intro: '简介',
  organisationId: '所属机构',
  mobile: '手机',
  email: '邮箱',
  roles: '身份',
  badgeCode: '胸牌码',
  checkIn: '签到',
  availability: '可参会时段',
  notes: '备注',
  expertise: '专长',
  ownerId: '发布单位',
  contactId: '联系人',
  description: '需求描述',
  summary: '成果简介',
  field: '领域',
  keywords: '关键词',
  cooperationModes: '合作方式',
  budgetWan: '预算（万元）',
  priceWan: '转化价格（万元）',
  deadline: '截止日期',
  maturity: '成熟度',
  trl: '技术就绪度',
  patents: '专利',
  result: '洽谈结果',
  amountWan: '预计金额（万元）',
  nextStep: '下一步',
  followUpDate: '跟进日期',
  contactName: '联系人',
  state: '状态',
  slotId: '时段',
  tableId: '洽谈桌',
  locked: '锁定',
  priority: '优先级',
  mutual: '双向意向',
  allowedSlotIds: '可约时段',
  venue: '地点',
  startDate: '开始日期',
  endDate: '结束日期',
  sessions: '场次',
  tables: '洽谈桌',
  matching: '匹配设置',
  verdict: '反馈',
  deleted: '删除',
};

/** Where a kind names a field its own way (a participant's title is a job title). */
const KIND_FIELD_LABELS: Partial<Record<SyncKind, Record<string, string>>> = {
  participants: { name: '姓名', title: '职务' },
  organisations: { name: '机构名称', kind: '机构类型' },
  needs: { title: '需求名称' },
  achievements: { title: '成果名称' },
  events: { name: '活动名称' },
};

export const fieldLabel = (kind: SyncKind, field: string): string => KIND_FIELD_LABELS[kind]?.[field] ?? FIELD_LABELS[field] ?? field;

/** What a person recognises a record by: its name or title, else its kind and id. */
export const recordTitle = (kind: SyncKind, record: SyncRecord): string => {
  const name = record.name ?? record.title;
  return typeof name === 'string' && name !== '' ? name : `${SYNC_KINDS[kind].label} ${record.id.slice(-6)}`;
};

/** A field value in words: 是/否, lists joined with 、, objects as compact JSON, an absent value as （空）. */
export const valueText = (field: string, value: unknown): string => {
  if (value === undefined || value === null || value === '') return '（空）';
  if (field === 'deleted') return value === true ? '已删除' : '未删除';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join('、') || '（空）';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Who wrote a value and when, read from its stamp: “dev-3fa2 · 11月27日 10:42”. */
export const stampText = (stamp: string, deviceNames: ReadonlyMap<string, string>): string => {
  const { wallMs, deviceId } = parseStamp(stamp);
  const at = new Date(wallMs);
  return `${deviceNames.get(deviceId) ?? deviceId} · ${at.getMonth() + 1}月${at.getDate()}日 ${pad(at.getHours())}:${pad(at.getMinutes())}`;
};
