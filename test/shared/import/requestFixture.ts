import type { RequestImportContext } from '@shared/import';

/**
 * A small fair for request import tests: two days, 上午/下午 sessions of
 * 20-minute rounds, two 王芳 at different organisations, a need of 智感 and
 * achievements of 北理工 (two of them with “正极” in the title).
 */
export const id = (prefix: string, n: number): string => `${prefix}_${String(n).padStart(10, '0')}aaaaaaaaaaaaaaaa`;

export const ZHIGAN = id('org', 1);
export const BIT = id('org', 2);
export const THU = id('org', 3);

export const ZHANG = id('ppl', 1);
export const LI = id('ppl', 2);
export const WANG_BIT = id('ppl', 3);
export const WANG_THU = id('ppl', 4);
export const ZHAO = id('ppl', 5);

export const NEED = id('need', 1);
export const CATHODE = id('ach', 1);
export const CATHODE_COATING = id('ach', 2);
export const SENSOR = id('ach', 3);

export const context = (extra: Partial<RequestImportContext> = {}): RequestImportContext => ({
  event: {
    slotMinutes: 20,
    breakMinutes: 5,
    sessions: [
      { id: 'am', label: '上午', date: '2026-05-20', start: '09:00', end: '12:00' },
      { id: 'pm', label: '下午', date: '2026-05-20', start: '14:00', end: '17:00' },
      { id: 'am2', label: '上午', date: '2026-05-21', start: '09:00', end: '10:00' },
    ],
  },
  organisations: [
    { id: ZHIGAN, name: '北京智感科技有限公司' },
    { id: BIT, name: '北京理工大学' },
    { id: THU, name: '清华大学' },
  ],
  participants: [
    { id: ZHANG, name: '张伟', organisationId: ZHIGAN, mobile: '13800000001', badgeCode: 'ZW0001' },
    { id: LI, name: '李娜', organisationId: BIT, mobile: '13800000002', badgeCode: 'LN0002' },
    { id: WANG_BIT, name: '王芳', organisationId: BIT, mobile: '13800000003', badgeCode: 'WF0003' },
    { id: WANG_THU, name: '王芳', organisationId: THU, mobile: '13800000004', badgeCode: 'WF0004' },
    { id: ZHAO, name: '赵磊', badgeCode: 'ZL0005' },
  ],
  needs: [{ id: NEED, title: '锂电池正极材料', ownerId: ZHIGAN, contactId: ZHANG }],
  achievements: [
    { id: CATHODE, title: '高镍正极材料', ownerId: BIT, contactId: LI },
    { id: CATHODE_COATING, title: '正极材料表面包覆技术', ownerId: BIT },
    { id: SENSOR, title: '柔性压力传感器', ownerId: THU, contactId: WANG_THU },
  ],
  requests: [],
  ...extra,
});
