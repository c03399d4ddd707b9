import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { excelCellText, readSpreadsheet } from '../../../../renderer/features/import/readSpreadsheet';
import { writeXlsx } from '../../../../renderer/features/import/writeXlsx';

const read = async (bytes: Uint8Array, name: string, sheet?: number) => {
  const result = await readSpreadsheet(bytes, name, sheet);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('readSpreadsheet', () => {
  it('reads back what writeXlsx wrote', async () => {
    const bytes = await writeXlsx([
      { name: '参会人', headers: ['姓名', '手机', '预算（万元）'], rows: [['张伟', '13800138000', 120], ['李娜', '13900139000', 0.1 + 0.2]] },
      { name: '说明', headers: ['列名'], rows: [] },
    ]);
    expect(await read(bytes, '报名表.xlsx')).toEqual({
      fileName: '报名表.xlsx',
      format: 'xlsx',
      sheetNames: ['参会人', '说明'],
      sheetIndex: 0,
      rows: [
        ['姓名', '手机', '预算（万元）'],
        ['张伟', '13800138000', '120'],
        ['李娜', '13900139000', '0.3'],
      ],
    });
    expect((await read(bytes, '报名表.xlsx', 1)).rows).toEqual([['列名']]);
  });

  it('flattens rich text, formulas, hyperlinks, dates and merged cells, and keeps row numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getCell('A1').value = '2026中关村对接会报名表';
    ws.mergeCells('A1:C1');
    ws.getRow(3).values = ['姓名', '单位', '日期'];
    ws.getCell('A4').value = { richText: [{ text: '张' }, { text: '伟', font: { bold: true } }] };
    ws.getCell('B4').value = { text: '智感科技', hyperlink: 'https://example.com' };
    ws.getCell('C4').value = new Date(Date.UTC(2026, 4, 20));
    ws.getCell('A5').value = { formula: 'A4&"2"', result: '张伟2' };
    ws.getCell('B5').value = 13800138000;
    ws.mergeCells('C4:C5');
    const rows = (await read(new Uint8Array(await wb.xlsx.writeBuffer()), 'a.xlsx')).rows;
    expect(rows).toEqual([
      ['2026中关村对接会报名表', '2026中关村对接会报名表', '2026中关村对接会报名表'],
      [],
      ['姓名', '单位', '日期'],
      ['张伟', '智感科技', '2026-05-20'],
      ['张伟2', '13800138000', '2026-05-20'],
    ]);
  });

  it('turns odd cell values into what Excel shows', () => {
    expect(excelCellText(true)).toBe('是');
    expect(excelCellText({ error: '#N/A' })).toBe('');
    expect(excelCellText({ sharedFormula: 'A1', result: 2.0000000000000004 })).toBe('2');
    expect(excelCellText(new Date(Date.UTC(1899, 11, 30, 9, 30)))).toBe('09:30');
    expect(excelCellText(new Date(Date.UTC(2026, 4, 20, 14, 0)))).toBe('2026-05-20 14:00');
  });

  it('reads CSV in UTF-8 and GBK', async () => {
    const utf8 = new TextEncoder().encode('\uFEFF姓名,手机\r\n张伟,13800138000\r\n');
    expect(await read(utf8, 'a.csv')).toMatchObject({ format: 'csv', encoding: 'UTF-8', rows: [['姓名', '手机'], ['张伟', '13800138000']] });
    const gbk = new Uint8Array([0xd5, 0xc5, 0xce, 0xb0, 0x2c, 0x31]);
    expect(await read(gbk, 'a.csv')).toMatchObject({ encoding: 'GBK', rows: [['张伟', '1']] });
  });

  it('explains in Chinese what it cannot read', async () => {
    const message = async (bytes: Uint8Array, name: string) => {
      const r = await readSpreadsheet(bytes, name);
      return r.ok ? 'ok' : r.message;
    };
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await message(ole, '报名表.xls')).toBe('暂不支持 .xls，请在 Excel/WPS 中另存为 .xlsx 或 .csv');
    expect(await message(ole, '报名表.xlsx')).toContain('旧版 .xls 格式或设置了密码');
    expect(await message(new Uint8Array([1, 2, 3]), '报名表.xlsx')).toBe('无法读取“报名表.xlsx”：它不是有效的 .xlsx 文件，可能已损坏');
    expect(await message(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), '坏.xlsx')).toContain('文件可能已损坏');
    expect(await message(new Uint8Array([1]), '说明.pdf')).toBe('不支持“.pdf”文件，请选择 .xlsx 或 .csv 文件');
    expect(await message(new Uint8Array([]), '空.csv')).toBe('“空.csv”是空文件');
  });
});
