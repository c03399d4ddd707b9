import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoFair } from '../../shared/demo';
import { writeXlsx } from '../../renderer/features/import/writeXlsx';

/**
 * A 报名表 of 50 rows for the demo fair (the app loads the same seeded fair):
 * 45 good rows of new people at existing organisations, and 5 bad ones.
 */
export const signUpSheet = async (): Promise<{ path: string; existing: { name: string; mobile: string } }> => {
  const fair = generateDemoFair({});
  const orgs = fair.organisations.filter((o) => o.kind === '企业');
  const stored = fair.participants.find((p) => p.mobile && p.organisationId) as (typeof fair.participants)[number];
  const storedOrg = fair.organisations.find((o) => o.id === stored.organisationId)?.name as string;
  const surnames = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎';
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 45; i++) {
    rows.push([`${surnames[i]}新${'一二三四五六七八九'[i % 9]}`, (orgs[i % orgs.length] as { name: string }).name, `1990000${String(1000 + i)}`, '工程师', '需求方']);
  }
  rows.splice(3, 0, ['', orgs[0]?.name as string, '19911110001', '经理', '需求方']); // row 5: no name
  rows.splice(10, 0, ['坏号码', orgs[1]?.name as string, '1381234', '经理', '需求方']); // row 12: bad mobile
  rows.splice(20, 0, ['重号码', orgs[2]?.name as string, stored.mobile as string, '经理', '需求方']); // row 22: mobile already stored
  rows.splice(30, 0, ['文件内重复', orgs[3]?.name as string, '19900001000', '经理', '需求方']); // row 32: same mobile as row 2
  rows.splice(40, 0, [stored.name, storedOrg, '19922220002', '经理', '需求方']); // row 42: same org + name as stored
  const bytes = await writeXlsx([{ name: '报名表', headers: ['姓名', '单位', '手机', '职务', '参会角色'], rows }]);
  const path = join(mkdtempSync(join(tmpdir(), 'signup-')), '报名表.xlsx');
  writeFileSync(path, bytes);
  return { path, existing: { name: stored.name, mobile: stored.mobile as string } };
};

