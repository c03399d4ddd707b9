import type { OrgKind, Participant, ParticipantRole } from '@shared/model';
import { checkInClock, sameLocalDay } from '@shared/checkin';
import type { DeskDatabase } from './database';
import { deskClock, LAST_STAMP_KEY } from './deskClock';
import { newId } from './fieldChanges';
import { stampFields } from '@shared/sync/stampFields';
import { databaseLookup, integrityIssues } from './integrity';
import { REGISTRY_KINDS } from './recordKinds';
import { parseDraft, registryTables, withBadgeCode } from './registry';
import { runWrite, WriteRefused, type WriteResult } from './writeResult';

/**
 * 签到: the desk's writes on a participant's check-in state. Each is one
 * transaction that reads the person as stored *now*, so two desks (or a
 * double scan) cannot both check the same person in, and a refusal writes
 * nothing.
 */

const refuse = (message: string): never => {
  throw new WriteRefused([{ field: 'checkIn', message }]);
};

/** “张伟已于 09:12 签到”: the date is named too when it was another day. */
const alreadyCheckedIn = (p: Participant): string => {
  const at = p.checkIn.at ? checkInClock(p.checkIn.at, !sameLocalDay(p.checkIn.at, Date.now())) : undefined;
  return at ? `${p.name}已于 ${at} 签到` : `${p.name}已签到`;
};

type Transition = (p: Participant) => Participant['checkIn'] | undefined;

/** Reads, checks and stamps the person's `checkIn` in one transaction. */
const writeCheckIn = async (db: DeskDatabase, find: () => Promise<Participant | undefined>, next: Transition): Promise<WriteResult<Participant>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', [db.participants, db.meta], async () => {
      const current = await find();
      if (!current || current.deleted) return refuse('该参会人不存在或已被删除');
      const checkIn = next(current);
      if (!checkIn) return current;
      const stamp = clock.next();
      const stamped = checkIn.state === '未签到' ? { state: checkIn.state } : { ...checkIn, at: checkIn.at ?? stamp };
      const record: Participant = { ...current, checkIn: stamped, updatedAt: stamp, ...stampFields(current, ['checkIn'], stamp) };
      await db.participants.put(record);
      await db.meta.put({ key: LAST_STAMP_KEY, value: stamp });
      return record;
    }),
  );
};

const toCheckedIn: Transition = (p) => {
  if (p.checkIn.state === '已签到') return refuse(alreadyCheckedIn(p));
  // Someone who left and comes back is checked in again, at the new time.
  return { state: '已签到' };
};

/** Checks a person in; a second check-in is refused, naming when the first was. */
export const checkIn = (db: DeskDatabase, participantId: string): Promise<WriteResult<Participant>> =>
  writeCheckIn(db, () => db.participants.get(participantId), toCheckedIn);

/** A badge scan: the code is looked up inside the write, so an unknown code writes nothing. */
export const checkInByBadge = async (db: DeskDatabase, eventId: string, badgeCode: string): Promise<WriteResult<Participant>> => {
  const code = badgeCode.trim().toUpperCase();
  const find = async () => {
    const hit = await db.participants
      .where('badgeCode')
      .equals(code)
      .filter((p) => p.eventId === eventId && !p.deleted)
      .first();
    return hit ?? refuse(`未找到胸卡码 ${code}`);
  };
  return writeCheckIn(db, find, toCheckedIn);
};

/** 撤销签到: back to 未签到, for a check-in of the wrong person. */
export const undoCheckIn = (db: DeskDatabase, participantId: string): Promise<WriteResult<Participant>> =>
  writeCheckIn(db, () => db.participants.get(participantId), (p) => (p.checkIn.state === '未签到' ? refuse(`${p.name}尚未签到，无需撤销`) : { state: '未签到' }));

/** 已离场: keeps the check-in time, so the day's report still shows when they came. */
export const markLeft = (db: DeskDatabase, participantId: string): Promise<WriteResult<Participant>> =>
  writeCheckIn(db, () => db.participants.get(participantId), (p) => {
    if (p.checkIn.state === '未签到') return refuse(`${p.name}尚未签到，不能标记离场`);
    if (p.checkIn.state === '已离场') return refuse(`${p.name}已离场`);
    return { state: '已离场', ...(p.checkIn.at ? { at: p.checkIn.at } : {}) };
  });

/** 现场注册: what the walk-in form supplies. */
export type WalkIn = {
  name: string;
  /** An existing organisation, or … */
  organisationId?: string;
  /** … a name typed at the desk: an existing organisation of that name, else a new one of `organisationKind`. */
  organisationName?: string;
  /** 企业 when not given: most walk-ins at a docking fair come from enterprises. */
  organisationKind?: OrgKind;
  mobile?: string;
  roles: ParticipantRole[];
};

/** The organisation's refusals name the walk-in form's 单位 field, not the person's 姓名. */
const asOrganisationIssues = <T>(parse: () => T): T => {
  try {
    return parse();
  } catch (e) {
    if (e instanceof WriteRefused) throw new WriteRefused(e.issues.map((i) => ({ ...i, field: 'organisationName' })));
    throw e;
  }
};

export type WalkInResult = { participant: Participant; createdOrganisation: boolean };

/**
 * Registers a walk-in and checks them in at once, all in one transaction:
 * the organisation (if new), the participant with a fresh badge code, and
 * the check-in stamp; a refused field leaves no half-made organisation.
 */
export const registerWalkIn = async (db: DeskDatabase, eventId: string, walkIn: WalkIn): Promise<WriteResult<WalkInResult>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', registryTables(db), async () => {
      const lookup = databaseLookup(db, eventId);
      let organisationId = walkIn.organisationId;
      let createdOrganisation = false;
      const typed = walkIn.organisationName?.trim();
      if (!organisationId && typed) {
        const existing = await db.organisations
          .where('name')
          .equals(typed)
          .filter((o) => o.eventId === eventId && !o.deleted)
          .first();
        if (existing) organisationId = existing.id;
        else {
          const fields = asOrganisationIssues(() => parseDraft('organisations', { kind: walkIn.organisationKind ?? '企业', name: typed }));
          const issues = await integrityIssues('organisations', lookup, fields);
          if (issues.length > 0) throw new WriteRefused(issues.map((i) => ({ ...i, field: 'organisationName' })));
          const stamp = clock.next();
          organisationId = newId(REGISTRY_KINDS.organisations.prefix);
          await db.organisations.add({ ...fields, id: organisationId, eventId, createdAt: stamp, updatedAt: stamp, deleted: false });
          createdOrganisation = true;
        }
      }
      const input = { name: walkIn.name, roles: walkIn.roles, badgeCode: '', ...(organisationId ? { organisationId } : {}), ...(walkIn.mobile?.trim() ? { mobile: walkIn.mobile } : {}) };
      const fields = parseDraft('participants', await withBadgeCode(lookup, 'participants', input));
      const issues = await integrityIssues('participants', lookup, fields);
      if (issues.length > 0) throw new WriteRefused(issues);
      const stamp = clock.next();
      const participant: Participant = {
        ...fields,
        checkIn: { state: '已签到', at: stamp },
        id: newId(REGISTRY_KINDS.participants.prefix),
        eventId,
        createdAt: stamp,
        updatedAt: stamp,
        deleted: false,
      };
      await db.participants.add(participant);
      await db.meta.put({ key: LAST_STAMP_KEY, value: stamp });
      return { participant, createdOrganisation };
    }),
  );
};
