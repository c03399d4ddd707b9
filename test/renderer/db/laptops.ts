import { exportBundle, recordExport } from '../../../renderer/db/bundleExport';
import type { BundleTarget } from '../../../renderer/db/bundleLog';
import { commitImport, previewImport } from '../../../renderer/db/bundleImport';
import type { DeskDatabase } from '../../../renderer/db/database';
import { readEventState } from '../../../renderer/db/eventState';
import { createRecord } from '../../../renderer/db/registry';
import { canonicalJson, canonicalState } from '@shared/sync/canonicalJson';
import { dbWithEvent, freshDb } from './testDb';

/** Sends a bundle from one laptop to another as an organiser would: export, save, preview, import. */
export const send = async (from: DeskDatabase, to: DeskDatabase, eventId: string, options: { target?: BundleTarget; kind?: 'full' | 'delta'; passphrase?: string } = {}) => {
  const bundle = await exportBundle(from, { eventId, target: options.target ?? 'laptop', kind: options.kind ?? 'full', ...(options.passphrase ? { passphrase: options.passphrase } : {}) });
  await recordExport(from, bundle.log);
  const preview = await previewImport(to, bundle.data, { passphrase: options.passphrase });
  if (!preview.ok) throw new Error(preview.error.message);
  const done = await commitImport(to, preview.value);
  if (!done.ok) throw new Error(done.error.message);
  return { bundle, preview: preview.value, summary: done.value };
};

/** The event's records as `bundle export-json` prints them: equal text means equal data. */
export const stateText = async (db: DeskDatabase, eventId: string): Promise<string> => canonicalJson(canonicalState(await readEventState(db, eventId)));

/** Laptop A with a fair, an organisation and a participant; laptop B empty. */
export const twoLaptops = async () => {
  const { db: a, eventId } = await dbWithEvent();
  const org = await createRecord(a, 'organisations', eventId, { kind: '企业', name: '北京智感科技有限公司' });
  if (!org.ok) throw new Error('org');
  const person = await createRecord(a, 'participants', eventId, { name: '张伟', organisationId: org.value.id, mobile: '13800138000', roles: ['需求方'], badgeCode: '' });
  if (!person.ok) throw new Error('person');
  return { a, b: freshDb(), eventId, org: org.value, person: person.value };
};
