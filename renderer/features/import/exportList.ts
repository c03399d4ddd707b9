import { exportTable, KIND_LABELS, templateNotes, templateTable, type ImportKind } from '@shared/import';
import type { DeskDatabase } from '../../db/database';
import { readLiveRegistry } from '../../db/liveRegistry';
import { writeXlsx } from './writeXlsx';

/** Where a finished file goes: the bridge's save dialog in the app, a download in the browser. */
export type SaveFile = (suggestedName: string, bytes: Uint8Array) => Promise<unknown>;

export type XlsxFile = { fileName: string; bytes: Uint8Array };

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

const byCreation = <T extends { createdAt: string }>(list: T[]) => list.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));

/**
 * One list of the event as .xlsx, e.g. `参会人_2026-05-20.xlsx`. All four
 * tables are read because rows name their organisation and contact, and the
 * event because a 固定洽谈桌 is written as the table's number.
 */
export const exportKindToXlsx = async (db: DeskDatabase, eventId: string, kind: ImportKind, save?: SaveFile, now = new Date()): Promise<XlsxFile & { count: number }> => {
  const [{ organisations, participants, needs, achievements }, event] = await Promise.all([readLiveRegistry(db, eventId), db.events.get(eventId)]);
  const table = exportTable(kind, {
    tables: event?.tables ?? [],
    organisations: byCreation(organisations),
    participants: byCreation(participants),
    needs: byCreation(needs),
    achievements: byCreation(achievements),
  });
  const file = { fileName: `${KIND_LABELS[kind]}_${localDate(now)}.xlsx`, bytes: await writeXlsx([{ name: KIND_LABELS[kind], ...table }]) };
  if (save) await save(file.fileName, file.bytes);
  return { ...file, count: table.rows.length };
};

/** The import template: the recognised headers with one example row, and a sheet explaining each column. */
export const importTemplateXlsx = async (kind: ImportKind): Promise<XlsxFile> => ({
  fileName: `${KIND_LABELS[kind]}导入模板.xlsx`,
  bytes: await writeXlsx([
    { name: `${KIND_LABELS[kind]}`, ...templateTable(kind) },
    { name: '填写说明', ...templateNotes(kind) },
  ]),
});
