import type { Dice } from './random';

/**
 * Surnames weighted roughly by how common they are, plus the polyphonic ones
 * (单 shàn, 曾 zēng, 解 xiè, 查 zhā, 仇 qiú, 区 ōu, 朴 piáo, 乐 yuè, 缪 miào) and a
 * few compound ones, because search, sorting and e-mail generation must read
 * them as surnames and not by their everyday sound.
 */
const SURNAMES: readonly (readonly [string, number])[] = [
  ...['王', '李', '张', '刘', '陈'].map((s) => [s, 12] as const),
  ...['杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗'].map((s) => [s, 5] as const),
  ...['郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡',
    '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金',
    '石', '廖', '贾', '夏', '韦', '付', '方', '白', '邹', '孟', '熊', '秦', '邱', '江', '尹', '薛', '闫', '段', '雷', '侯',
    '龙', '史', '陶', '黎', '贺', '顾', '毛', '郝', '龚', '邵', '万', '钱', '严', '武', '戴', '莫', '孔', '向', '汤', '常',
  ].map((s) => [s, 2] as const),
  ...['单', '解', '查', '仇', '区', '朴', '乐', '缪', '欧阳', '上官', '司马', '诸葛'].map((s) => [s, 1] as const),
];

const SINGLE_GIVEN = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞', '平', '刚',
  '斌', '鹏', '辉', '宇', '浩', '凯', '健', '俊', '帆', '旭', '宁', '琳', '颖', '倩', '博', '晨', '阳', '峰', '蕾', '雪',
  '瑞', '欣', '婷', '丹', '亮', '昊', '楠', '璐', '悦', '翔',
];

const DOUBLE_GIVEN = [
  '建国', '建华', '建军', '志强', '志明', '志刚', '海燕', '秀英', '晓明', '晓东', '晓燕', '晓峰', '文博', '文静', '子涵',
  '梓轩', '浩然', '一鸣', '思远', '雨桐', '欣怡', '嘉怡', '宇航', '俊杰', '振华', '国庆', '丽娟', '春梅', '红霞', '立新',
  '永刚', '海涛', '玉兰', '婷婷', '佳琪', '明轩', '子豪', '天宇', '若曦', '诗琪', '梦瑶', '家豪', '志远', '振宇', '云飞',
  '新民', '卫东', '学军', '晓红', '丽华', '雅琴', '慧敏', '少华', '国栋', '朝阳', '建平', '德明', '光明', '思彤', '书豪',
  '泽宇', '博文', '昊天', '静怡', '紫涵', '宏伟', '立群', '长青', '维民', '清华',
];

export type PersonName = { surname: string; given: string; full: string };

export const personName = (dice: Dice): PersonName => {
  const surname = dice.weighted(SURNAMES);
  // Compound surnames mostly go with one-character given names (欧阳明, 司马昊).
  const single = surname.length > 1 ? dice.chance(0.7) : dice.chance(0.3);
  const given = single ? dice.pick(SINGLE_GIVEN) : dice.pick(DOUBLE_GIVEN);
  return { surname, given, full: surname + given };
};
