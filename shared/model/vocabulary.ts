/**
 * The organisers' vocabulary. Each list is a const tuple whose items are the
 * stored values (Chinese, as the central platform stores them); the union type
 * is derived from it. English labels are for the English UI.
 */
export const ORG_KINDS = ['企业', '高校', '科研院所', '投资机构', '服务机构', '政府部门'] as const;
/** 机构类型 */
export type OrgKind = (typeof ORG_KINDS)[number];

export const PARTICIPANT_ROLES = ['需求方', '成果方', '专家', '投资人', '工作人员'] as const;
/** 参会角色 */
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const COOPERATION_MODES = ['技术转让', '技术许可', '合作开发', '委托开发', '技术咨询', '技术服务', '共建平台', '人才培养'] as const;
/** 合作方式 */
export type CooperationMode = (typeof COOPERATION_MODES)[number];

export const MATURITY_STAGES = ['研发中', '小试', '中试', '可量产'] as const;
/** 成熟度 */
export type MaturityStage = (typeof MATURITY_STAGES)[number];

export const CHECK_IN_STATES = ['未签到', '已签到', '已离场'] as const;
/** 签到状态 */
export type CheckInState = (typeof CHECK_IN_STATES)[number];

/** 行业领域: the strategic emerging industries the programme reports on, plus 其他. */
export const FIELDS = [
  '新一代信息技术',
  '生物医药',
  '新材料',
  '高端装备',
  '新能源',
  '新能源汽车',
  '节能环保',
  '数字创意',
  '现代农业',
  '航空航天',
  '其他',
] as const;
export type Field = (typeof FIELDS)[number];

export const REQUEST_PRIORITIES = ['必须', '优先', '一般'] as const;
/** 约谈优先级 */
export type RequestPriority = (typeof REQUEST_PRIORITIES)[number];

export const REQUEST_STATES = ['待确认', '已接受', '已拒绝', '已取消'] as const;
/** 约谈状态 */
export type RequestState = (typeof REQUEST_STATES)[number];

export const REQUEST_SOURCES = ['匹配推荐', '组织者', '报名意向', '导入'] as const;
/** 约谈来源: who asked for the meeting. */
export type RequestSource = (typeof REQUEST_SOURCES)[number];

export const MATCH_VERDICTS = ['推荐', '不合适'] as const;
/** 匹配反馈: the organiser's verdict on one suggestion. */
export type MatchVerdict = (typeof MATCH_VERDICTS)[number];

export const MEETING_STATES = ['待开始', '进行中', '已完成', '未到场', '已取消'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export const OUTCOME_RESULTS = ['无进一步意向', '保持联系', '达成合作意向', '现场签约'] as const;
export type OutcomeResult = (typeof OUTCOME_RESULTS)[number];

export const ENGLISH_LABELS: Readonly<Record<string, string>> = {
  企业: 'Enterprise',
  高校: 'University',
  科研院所: 'Research institute',
  投资机构: 'Investor',
  服务机构: 'Service organisation',
  政府部门: 'Government',
  需求方: 'Need owner',
  成果方: 'Achievement owner',
  专家: 'Expert',
  投资人: 'Investor',
  工作人员: 'Staff',
  技术转让: 'Technology transfer',
  技术许可: 'Licensing',
  合作开发: 'Joint development',
  委托开发: 'Commissioned development',
  技术咨询: 'Consulting',
  技术服务: 'Technical service',
  共建平台: 'Joint platform',
  人才培养: 'Talent training',
  研发中: 'In R&D',
  小试: 'Lab scale',
  中试: 'Pilot scale',
  可量产: 'Mass production',
};
