import { REQUEST_PRIORITIES, REQUEST_STATES } from '../model';
import type { ExportTable } from './export';
import { REQUEST_FIELDS } from './requestFields';

/**
 * The 约谈申请 import template: every recognised header with one example
 * row, and a second sheet saying what each column takes.
 */
const EXAMPLE: Readonly<Record<string, string>> = {
  fromName: '张伟',
  fromOrganisation: '北京智感科技有限公司',
  toName: '李娜',
  toOrganisation: '北京理工大学',
  need: '锂电池正极材料',
  achievement: '高镍正极材料',
  priority: '优先',
  mutual: '否',
  slots: '上午',
};

const HINTS: Readonly<Record<string, string>> = {
  fromName: '姓名、手机、胸卡码至少填一项（单位只有一位参会人时可只填单位）；有同名参会人时请同时填写单位或手机',
  toName: '姓名、手机、胸卡码至少填一项（单位只有一位参会人时可只填单位）；有同名参会人时请同时填写单位或手机',
  fromOrganisation: '用于区分同名参会人，可写简称',
  toOrganisation: '用于区分同名参会人，可写简称',
  need: '需求名称，可写完整名称中的一段，须只对应一项需求',
  achievement: '成果名称，可写完整名称中的一段，须只对应一项成果',
  priority: `可填：${REQUEST_PRIORITIES.join('、')}；也可填高/中/低，或3/2/1（3为必须、1为一般）；不填为“优先”`,
  mutual: '是/否；不填为否',
  slots: '可填场次（上午、下午）、时间段（如 09:00-10:00）、轮次（如 上午第2轮），可在前面加日期（如 5月21日上午），多个用“、”分隔；不填为不限',
  state: `可填：${REQUEST_STATES.join('、')}；不填为待确认`,
};

/** The example names people the organiser's fair may not have: the template shows the form, it is not meant to import as is. */
export const requestTemplateTable = (): ExportTable => ({
  headers: REQUEST_FIELDS.map((f) => f.label),
  rows: [REQUEST_FIELDS.map((f) => EXAMPLE[f.key] ?? '')],
});

export const requestTemplateNotes = (): ExportTable => ({
  headers: ['列名', '填写说明'],
  rows: REQUEST_FIELDS.map((f) => [f.label, HINTS[f.key] ?? '']),
});
