import { exportTable, KIND_LABELS, type ImportKind } from '@shared/import';
import type { OutcomeRevision } from '@shared/model';
import { fairResults } from '@shared/results';
import type { SheetSpec } from '../import/writeXlsx';
import type { RegistryData } from '../registry/useRegistryData';
import { resultsSheets } from '../results/export/resultsXlsx';
import { resultsInput, type ResultsRecords } from '../results/resultsSources';
import { scheduleSheets } from '../schedule/export/scheduleXlsx';
import { registryView } from '../schedule/view';

const REGISTRY_KINDS: readonly ImportKind[] = ['organisations', 'participants', 'needs', 'achievements'];

/**
 * 全部数据（Excel）: for people who need a spreadsheet rather than a bundle.
 * The four lists in the import's columns (so they import again), the
 * schedule's sheets and the results' sheets, built by the same code as each
 * page's own export.
 */
export const everythingSheets = (data: RegistryData, records: ResultsRecords, revisions: readonly OutcomeRevision[], now: number): SheetSpec[] => {
  const { lists } = data;
  const registry = REGISTRY_KINDS.map((kind) => ({
    name: KIND_LABELS[kind],
    ...exportTable(kind, { tables: data.event.tables, organisations: lists.organisations, participants: lists.participants, needs: lists.needs, achievements: lists.achievements }),
  }));
  const sources = { data, records, now };
  return [...registry, ...scheduleSheets(registryView(data, records.requests, records.meetings)), ...resultsSheets(sources, fairResults(resultsInput(sources), now), revisions)];
};
