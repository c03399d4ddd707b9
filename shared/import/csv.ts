/**
 * CSV as Excel, WPS and the central platform write it (RFC 4180): fields in
 * double quotes may hold separators, line breaks and doubled quotes. Excel's
 * "Unicode text" export is tab-separated and European locales use semicolons,
 * so the separator is sniffed unless given.
 */
export type CsvSeparator = ',' | '\t' | ';';

const SEPARATORS: readonly CsvSeparator[] = [',', '\t', ';'];

/** Counts each separator outside quotes in the first few records and picks the most frequent. */
export const sniffSeparator = (text: string): CsvSeparator => {
  const counts = new Map<CsvSeparator, number>(SEPARATORS.map((s) => [s, 0]));
  let inQuotes = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 10; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) lines++;
    else if (!inQuotes && counts.has(c as CsvSeparator)) counts.set(c as CsvSeparator, (counts.get(c as CsvSeparator) ?? 0) + 1);
  }
  let best: CsvSeparator = ',';
  for (const s of SEPARATORS) if ((counts.get(s) ?? 0) > (counts.get(best) ?? 0)) best = s;
  return best;
};

/**
 * Parses CSV text into rows of cells. A trailing line break does not make an
 * empty last row; a quote inside an unquoted field is kept as text, as Excel
 * does, rather than failing the whole file.
 */
export const parseCsv = (input: string, separator: CsvSeparator = sniffSeparator(input.replace(/^\uFEFF/, ''))): string[][] => {
  const text = input.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldStarted = false;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (inQuotes) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else inQuotes = false;
      continue;
    }
    if (c === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
    } else if (c === separator) endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (fieldStarted || field !== '' || row.length > 0) endRow();
  return rows;
};
