/**
 * Function words and the boilerplate of need/achievement write-ups
 * (我司希望寻求…). Dropped entirely.
 */
export const DEFAULT_STOP_WORDS: readonly string[] = [
  '的', '了', '和', '与', '及', '等', '或', '在', '对', '为', '以', '中', '其', '是', '并', '将', '可', '被', '把', '从', '向', '于', '由', '之',
  '基于', '研究', '用于', '通过', '进行', '相关', '一种', '一个', '及其', '以及', '主要', '方面', '问题', '需要', '希望', '寻求',
  '我们', '我司', '本公司', '公司', '具有', '能够', '实现', '提供', '包括', '采用', '目前', '现有', '开展', '项目', '要求', '合作',
  '其中', '同时', '已经', '可以', '进一步', '有效', '较高', '良好', '解决',
  // The sign-up form's own words (主要技术指标…, 拟通过…方式合作, 参考转化价格…万元, 已申请专利…项):
  // every record has them, so they say nothing about what it is, and every ranking would walk them.
  '技术指标', '指标', '指标要求', '合作方式', '方式', '拟采用', '拟通过', '参考', '转化', '价格', '转化价格', '面议', '万元', '预算',
  '申请', '专利', '申请专利', '团队', '研究团队', '科研团队', '课题组', '企业', '完成', '具备',
];

/**
 * Words too common in technology write-ups to carry much meaning, yet not
 * meaningless (智能 still separates two otherwise equal texts): they keep a
 * fraction of their weight instead of being dropped.
 */
export const GENERIC_TERMS: readonly string[] = [
  '技术', '系统', '方法', '应用', '开发', '设计', '平台', '装置', '设备', '产品', '方案', '制备', '工艺', '智能', '新型', '高效', '关键', '领域', '行业', '工程',
];

export const GENERIC_TERM_WEIGHT = 0.3;
