import type { Achievement, Need, Participant } from '@shared/model';
import type { DeskDatabase } from '../../../renderer/db/database';
import { createRecord } from '../../../renderer/db/registry';
import { dbWithEvent } from './testDb';

/** Unwraps a write the fixture cannot do without. */
const stored = <T>(r: { ok: true; value: T } | { ok: false; issues: { message: string }[] }): T => {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('；'));
  return r.value;
};

export type MatchingFair = {
  db: DeskDatabase;
  eventId: string;
  zhang: Participant;
  li: Participant;
  wang: Participant;
  need: Need;
  achievement: Achievement;
};

/** An enterprise with a need (contact 张伟), a university with an achievement (contact 李娜) and an expert 王芳. */
export const matchingFair = async (): Promise<MatchingFair> => {
  const { db, eventId } = await dbWithEvent();
  const enterprise = stored(await createRecord(db, 'organisations', eventId, { kind: '企业', name: '北京智感科技有限公司' }));
  const university = stored(await createRecord(db, 'organisations', eventId, { kind: '高校', name: '北京理工大学' }));
  const zhang = stored(await createRecord(db, 'participants', eventId, { name: '张伟', organisationId: enterprise.id, roles: ['需求方'], badgeCode: '' }));
  const li = stored(await createRecord(db, 'participants', eventId, { name: '李娜', organisationId: university.id, roles: ['成果方'], badgeCode: '' }));
  const wang = stored(await createRecord(db, 'participants', eventId, { name: '王芳', roles: ['专家'], badgeCode: '' }));
  const need = stored(
    await createRecord(db, 'needs', eventId, { ownerId: enterprise.id, contactId: zhang.id, title: '锂电池正极材料', field: '新能源', keywords: [], cooperationModes: [] }),
  );
  const achievement = stored(
    await createRecord(db, 'achievements', eventId, { ownerId: university.id, contactId: li.id, title: '高镍正极材料', field: '新能源', keywords: [], maturity: '中试', patents: [], cooperationModes: [] }),
  );
  return { db, eventId, zhang, li, wang, need, achievement };
};
