import type { Worksheet } from 'exceljs';
import { decodeText, ENCODING_LABELS, parseCsv } from '@shared/import';

/**
 * A spreadsheet file → the text of its cells, row by row, as Excel numbers
 * them (rows[0] is row 1, empty rows kept so that row numbers stay right).
 * Cells become what the organiser sees: rich text flattened, formulas as their
 * results, dates as yyyy-mm-dd, numbers without float noise.
 */
export type SpreadsheetRead = {
  fileName: string;
  format: 'xlsx' | 'csv';
  /** For text files: the encoding that was detected, e.g. “GBK”. */
  encoding?: string;
  sheetNames: string[];
  sheetIndex: number;
  rows: string[][];
};

export type ReadResult = { ok: true; value: SpreadsheetRead } | { ok: false; message: string };

const fail = (message: string): ReadResult => ({ ok: false, message });

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: old .xls, WPS .et, and password-protected .xlsx. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

const pad = (n: number) => String(n).padStart(2, '0');

/** exceljs gives dates as UTC instants carrying the sheet's wall-clock time. */
const formatDate = (d: Date): string => {
  if (Number.isNaN(d.getTime())) return '';
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  // Time-only cells sit on Excel's day zero.
  if (d.getUTCFullYear() < 1900) return time;
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return time === '00:00' ? date : `${date} ${time}`;
};

/** 15 significant digits is what Excel itself shows: 0.1 + 0.2 → "0.3", 13800138000 → "13800138000". */
const formatNumber = (n: number): string => (Number.isFinite(n) ? String(Number(n.toPrecision(15))) : '');

export const excelCellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return formatDate(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r: { text?: unknown }) => excelCellText(r.text)).join('');
    // Formulas (plain and shared) show their cached result; a hyperlink its text, which may itself be rich text.
    if ('result' in value) return excelCellText(value.result);
    if ('formula' in value || 'sharedFormula' in value) return '';
    if ('text' in value) return excelCellText(value.text);
    if ('error' in value) return '';
  }
  return String(value);
};

const sheetRows = (sheet: Worksheet): string[][] => {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = excelCellText(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
};

const readXlsx = async (bytes: Uint8Array, fileName: string, sheetIndex: number | undefined): Promise<ReadResult> => {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as a Node Buffer; at run time it takes any ArrayBuffer.
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return fail(`无法读取“${fileName}”：文件可能已损坏，或不是 Excel 文件。请在 Excel/WPS 中打开后重新另存为 .xlsx`);
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0) return fail(`“${fileName}”中没有工作表`);
  const chosen =
    sheetIndex !== undefined && sheets[sheetIndex]
      ? sheetIndex
      : Math.max(
          0,
          sheets.findIndex((s) => s.state === 'visible' && s.actualRowCount > 0),
        );
  const sheet = sheets[chosen] as Worksheet;
  return { ok: true, value: { fileName, format: 'xlsx', sheetNames: sheets.map((s) => s.name), sheetIndex: chosen, rows: sheetRows(sheet) } };
};

const readText = (bytes: Uint8Array, fileName: string): ReadResult => {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) return fail(`“${fileName}”不是文本文件，无法按 CSV 读取。请选择 .xlsx 或 .csv 文件`);
  return { ok: true, value: { fileName, format: 'csv', encoding: ENCODING_LABELS[encoding], sheetNames: [], sheetIndex: 0, rows: parseCsv(text) } };
};

const extensionOf = (fileName: string): string => /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';

const OLD_FORMAT = '暂不支持 .xls，请在 Excel/WPS 中另存为 .xlsx 或 .csv';

const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv']);
const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xlsm']);
const OLD_EXTENSIONS = new Set(['xls', 'et']);

/**
 * Reads a chosen file. Past the extension check the content decides: an
 * .xlsx renamed .csv is still read as a workbook, and an “.xlsx” that is
 * really an old binary or an encrypted file gets a message saying so.
 */
export const readSpreadsheet = async (bytes: Uint8Array, fileName: string, sheetIndex?: number): Promise<ReadResult> => {
  const ext = extensionOf(fileName);
  if (OLD_EXTENSIONS.has(ext)) return fail(OLD_FORMAT);
  if (!TEXT_EXTENSIONS.has(ext) && !WORKBOOK_EXTENSIONS.has(ext)) return fail(`不支持${ext ? `“.${ext}”` : '该类型的'}文件，请选择 .xlsx 或 .csv 文件`);
  if (bytes.byteLength === 0) return fail(`“${fileName}”是空文件`);
  if (startsWith(bytes, OLE)) return fail(`“${fileName}”是旧版 .xls 格式或设置了密码，暂不支持；请在 Excel/WPS 中取消密码并另存为 .xlsx 或 .csv`);
  if (startsWith(bytes, ZIP)) return readXlsx(bytes, fileName, sheetIndex);
  if (WORKBOOK_EXTENSIONS.has(ext)) return fail(`无法读取“${fileName}”：它不是有效的 .xlsx 文件，可能已损坏`);
  return readText(bytes, fileName);
};
