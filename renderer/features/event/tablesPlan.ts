import type { Table } from '@shared/model';

/** A run of tables in one zone, as the organiser types it: A区, tables 1–20. */
export type ZoneRange = { zone?: string; from: number; to: number };

export const tablesFromZones = (count: number, zones: readonly ZoneRange[]): Table[] =>
  Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    const zone = zones.find((z) => z.zone && number >= z.from && number <= z.to)?.zone;
    return { id: `T${number}`, number, ...(zone ? { zone } : {}) };
  });

/** The zones of stored tables, folded back into ranges for the form. */
export const zonesFromTables = (tables: readonly Table[]): ZoneRange[] => {
  const out: ZoneRange[] = [];
  for (const t of [...tables].sort((a, b) => a.number - b.number)) {
    if (!t.zone) continue;
    const last = out[out.length - 1];
    if (last && last.zone === t.zone && last.to === t.number - 1) last.to = t.number;
    else out.push({ zone: t.zone, from: t.number, to: t.number });
  }
  return out;
};
