import {
  planImport,
  planRequestImport,
  type ColumnMapping,
  type ExistingRecords,
  type ImportKind,
  type ImportPlanResult,
  type RequestImportContext,
  type RequestImportResult,
} from '@shared/import';
import { readSpreadsheet, type ReadResult } from './readSpreadsheet';

/**
 * The heavy steps of an import, as messages: they run in a web worker when
 * there is one (the app), and on the main thread otherwise (jsdom tests, or a
 * worker that failed to start).
 */
export type ImportJob =
  | { type: 'read'; bytes: Uint8Array; fileName: string; sheetIndex?: number }
  | { type: 'plan'; kind: ImportKind; rows: string[][]; mapping: ColumnMapping; existing: ExistingRecords }
  | { type: 'planRequests'; rows: string[][]; mapping: ColumnMapping; context: RequestImportContext };

export type ImportJobResult<J extends ImportJob> = J extends { type: 'read' }
  ? ReadResult
  : J extends { type: 'planRequests' }
    ? RequestImportResult
    : ImportPlanResult<ImportKind>;

export const runImportJob = async <J extends ImportJob>(job: J): Promise<ImportJobResult<J>> => {
  // A conditional return type cannot be narrowed by the branch; each branch returns the type for its job.
  if (job.type === 'read') return (await readSpreadsheet(job.bytes, job.fileName, job.sheetIndex)) as ImportJobResult<J>;
  if (job.type === 'planRequests') return planRequestImport(job.rows, job.mapping, job.context) as ImportJobResult<J>;
  return planImport(job.kind, job.rows, job.mapping, job.existing) as ImportJobResult<J>;
};
