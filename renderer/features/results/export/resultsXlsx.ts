import type { Canceled, SavedFile } from '@shared/bridge';
import type { OutcomeRevision } from '@shared/model';
import type { FairResults } from '@shared/results';
import { saveXlsx } from '../../../platform/saveFile';
import { writeXlsx, type SheetSpec } from '../../import/writeXlsx';
import { resultLines } from '../resultLines';
import type { ResultsSources } from '../resultsSources';
import { outcomeHistory } from './outcomeAuthors';
import { checkInsSheet, intentsSheet, meetingsSheet, outcomesSheet } from './resultSheets';
import { summarySheet } from './summarySheet';

/**
 * 导出成果表: the fair's results as a workbook for the programme office.
 * The sheet names are fixed (汇总, 洽谈, 对接成果, 合作意向, 签到): partners'
 * templates and the end-to-end test look sheets up by them.
 */
export const RESULT_SHEET_NAMES = ['汇总', '洽谈', '对接成果', '合作意向', '签到'] as const;

export const resultsSheets = (sources: ResultsSources, results: FairResults, revisions: readonly OutcomeRevision[]): SheetSpec[] => {
  const lines = resultLines(sources);
  return [summarySheet(results, sources), meetingsSheet(lines), outcomesSheet(lines, outcomeHistory(revisions)), intentsSheet(lines, sources), checkInsSheet(sources)];
};

export const resultsFileName = (sources: ResultsSources): string => `${sources.data.event.name}-对接成果.xlsx`;

/** Writes the workbook and hands it to the save dialog (a download in the browser). Throws the bridge's Chinese message. */
export const exportResultsXlsx = async (sources: ResultsSources, results: FairResults, revisions: readonly OutcomeRevision[]): Promise<SavedFile | Canceled> =>
  saveXlsx(resultsFileName(sources), await writeXlsx(resultsSheets(sources, results, revisions)));
