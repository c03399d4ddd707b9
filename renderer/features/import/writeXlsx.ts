
export type SheetSpec = { name: string; headers: readonly string[]; rows: readonly (readonly (string | number)[])[] };

/** Excel refuses these in sheet names, and names over 31 characters. */
const sheetName = (raw: string, taken: ReadonlySet<string>): string => {
  const base = raw.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base.slice(0, 28)}(${n})`;
  return name;
};

/** Display width as Excel counts it: Chinese and full-width characters take two columns. */
const displayWidth = (text: string): number => {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
};

/** Long digit strings (mobiles, codes) must stay text, or Excel shows 1.38E+10 once someone edits the cell. */
const looksNumericText = (v: string | number | undefined): boolean => typeof v === 'string' && /^\d{8,}$/.test(v);

/**
 * Rows → .xlsx bytes: bold header on a grey band, frozen and filterable, columns as wide as their content (within reason).
 */
export const writeXlsx = async (sheets: readonly SheetSpec[]): Promise<Uint8Array> => {
  // Loaded on first use: exceljs is a megabyte the window does not need at start.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '对接台';
  workbook.created = new Date();
  const taken = new Set<string>();
  for (const spec of sheets) {
    const name = sheetName(spec.name, taken);
    taken.add(name);
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow([...spec.headers]);
    for (const row of spec.rows) sheet.addRow([...row]);
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F0F0' } };
    spec.headers.forEach((label, i) => {
      const column = sheet.getColumn(i + 1);
      const sample = spec.rows.slice(0, 500).map((r) => r[i]);
      const widest = Math.max(displayWidth(label), ...sample.map((v) => displayWidth(String(v ?? ''))));
      column.width = Math.min(50, Math.max(8, widest + 2));
      if (sample.some(looksNumericText)) column.numFmt = '@';
    });
    if (spec.headers.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.headers.length } };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
