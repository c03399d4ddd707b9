import { pinyin } from 'pinyin-pro';
import type { OrgKind, ParticipantRole } from '../model';
import type { PersonName } from './names';
import type { Dice } from './random';

type Post = { title: string; roles: readonly ParticipantRole[] };

const post = (title: string, ...roles: ParticipantRole[]): Post => ({ title, roles });

/**
 * Who each kind of organisation sends. The first person is the delegation's
 * lead and the contact for its needs or achievements, so the lead always has
 * the role that owns them (需求方 for an enterprise, 成果方 for a lab).
 */
const STAFFING: Readonly<Record<OrgKind, { headcount: readonly [number, number]; leads: readonly Post[]; others: readonly Post[] }>> = {
  企业: {
    headcount: [2, 3],
    leads: [post('总经理', '需求方'), post('董事长', '需求方'), post('首席技术官', '需求方'), post('技术总监', '需求方')],
    others: [post('副总经理', '需求方'), post('研发总监', '需求方'), post('研发部经理', '需求方'), post('项目经理', '需求方'), post('高级工程师', '需求方'), post('产品总监', '需求方')],
  },
  高校: {
    headcount: [3, 5],
    leads: [post('教授', '成果方'), post('教授', '成果方', '专家')],
    others: [
      post('教授', '成果方'),
      post('教授', '成果方', '专家'),
      post('教授', '专家'),
      post('副教授', '成果方'),
      post('副教授', '成果方'),
      post('研究员', '成果方'),
      post('副研究员', '成果方'),
      post('技术转移中心主任', '成果方'),
    ],
  },
  科研院所: {
    headcount: [2, 4],
    leads: [post('研究员', '成果方'), post('研究员', '成果方', '专家')],
    others: [post('副研究员', '成果方'), post('研究员', '专家'), post('高级工程师', '成果方'), post('成果转化处处长', '成果方'), post('副研究员', '成果方')],
  },
  投资机构: {
    headcount: [1, 3],
    leads: [post('合伙人', '投资人'), post('董事总经理', '投资人')],
    others: [post('投资总监', '投资人'), post('投资经理', '投资人'), post('高级投资经理', '投资人')],
  },
  服务机构: {
    headcount: [1, 3],
    leads: [post('主任', '专家'), post('副主任', '专家')],
    others: [post('技术经理人', '专家'), post('高级技术经理人', '专家'), post('项目主管', '工作人员')],
  },
  政府部门: {
    headcount: [1, 2],
    leads: [post('处长', '工作人员'), post('副处长', '工作人员')],
    others: [post('一级主任科员', '工作人员'), post('科长', '工作人员')],
  },
};

/** The 会务组 of the host: they check people in and run the tables. */
const HOST_STAFF: readonly Post[] = [
  post('会务组组长', '工作人员'),
  post('签到组组长', '工作人员'),
  post('会务专员', '工作人员'),
  post('会务专员', '工作人员'),
  post('签到专员', '工作人员'),
  post('签到专员', '工作人员'),
  post('洽谈区引导员', '工作人员'),
  post('技术支持', '工作人员'),
];

export const delegationPosts = (dice: Dice, kind: OrgKind): Post[] => {
  const staffing = STAFFING[kind];
  const count = dice.int(...staffing.headcount);
  return [dice.pick(staffing.leads), ...Array.from({ length: count - 1 }, () => dice.pick(staffing.others))];
};

export const hostStaffPosts = (): readonly Post[] => HOST_STAFF;

// Operators' real prefixes, so the numbers look like the ones on a sign-up sheet.
const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159',
  '166', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '193', '195', '198', '199',
];

/** A mobile number not yet in `taken`; adds it. */
export const uniqueMobile = (dice: Dice, taken: Set<string>): string => {
  for (;;) {
    const mobile = dice.pick(MOBILE_PREFIXES) + String(dice.int(0, 99_999_999)).padStart(8, '0');
    if (!taken.has(mobile)) {
      taken.add(mobile);
      return mobile;
    }
  }
};

/** Surname mode, so 单 is shan and 曾 is zeng, as the person would spell it. */
const syllables = (text: string, surname: boolean): string[] =>
  pinyin(text, { toneType: 'none', type: 'array', v: true, surname: surname ? 'head' : 'off' }).map((s) => s.toLowerCase().replace(/[^a-z]/g, ''));

/** A mailbox at `domain` not yet in `taken`: zhangwei@…, then zhangwei2@…. */
export const uniqueEmail = (dice: Dice, name: PersonName, domain: string, kind: OrgKind, taken: Set<string>): string => {
  const sur = syllables(name.surname, true).join('');
  const given = syllables(name.given, false).join('');
  // Companies often write the given name first; universities and government keep 姓名 order.
  const local = kind === '企业' || kind === '投资机构' ? dice.pick([`${sur}${given}`, `${given}.${sur}`, `${sur}.${given}`]) : `${sur}${given}`;
  for (let n = 1; ; n++) {
    const email = `${n === 1 ? local : `${local}${n}`}@${domain}`;
    if (!taken.has(email)) {
      taken.add(email);
      return email;
    }
  }
};

/** Latin letters for a company's mail domain: 睿芯 → ruixin. */
export const brandSlug = (brand: string): string => syllables(brand, false).join('');
