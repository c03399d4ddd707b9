import { describe, expect, it } from 'vitest';
import { parseCsv, sniffSeparator } from '@shared/import';

describe('parseCsv', () => {
  it('reads plain rows with CRLF and LF line breaks', () => {
    expect(parseCsv('姓名,手机\r\n张伟,13800138000\n李娜,13900139000')).toEqual([
      ['姓名', '手机'],
      ['张伟', '13800138000'],
      ['李娜', '13900139000'],
    ]);
  });

  it('keeps separators, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('a,"b,c","他说""好""","第一行\r\n第二行"\n')).toEqual([['a', 'b,c', '他说"好"', '第一行\r\n第二行']]);
  });

  it('strips a byte-order mark and does not add a row for a trailing line break', () => {
    expect(parseCsv('\uFEFF姓名,单位\n张伟,甲公司\n')).toEqual([
      ['姓名', '单位'],
      ['张伟', '甲公司'],
    ]);
  });

  it('keeps empty fields, empty lines and a lone quoted empty field', () => {
    expect(parseCsv('a,,c\n\n,""\n')).toEqual([['a', '', 'c'], [''], ['', '']]);
  });

  it('treats a lone CR as a line break (old Mac exports)', () => {
    expect(parseCsv('a,b\rc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseCsv('5"屏,b')).toEqual([['5"屏', 'b']]);
  });

  it('sniffs tab- and semicolon-separated files', () => {
    expect(sniffSeparator('姓名\t手机\n张伟\t138')).toBe('\t');
    expect(sniffSeparator('姓名;手机;单位\n张伟;138;"甲,乙"')).toBe(';');
    expect(sniffSeparator('"a;b",c\nd,e')).toBe(',');
    expect(parseCsv('姓名\t手机\n张伟\t13800138000')).toEqual([
      ['姓名', '手机'],
      ['张伟', '13800138000'],
    ]);
  });

  it('returns no rows for an empty file', () => {
    expect(parseCsv('')).toEqual([]);
  });
});
