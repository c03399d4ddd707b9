import { describe, expect, it } from 'vitest';
import { BRIDGE_CHANNELS, BridgeErrorCode, MAX_FILE_BYTES, mapChannels, parsePayload, type BridgeResult } from '../../shared/bridge';

const xlsx = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

const errorOf = <T>(result: BridgeResult<T>) => {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
};

describe('BRIDGE_CHANNELS and mapChannels', () => {
  it('lists each channel once', () => {
    expect(new Set(BRIDGE_CHANNELS).size).toBe(BRIDGE_CHANNELS.length);
  });

  it('builds one entry per channel', () => {
    expect(mapChannels((channel) => channel.length)).toEqual(Object.fromEntries(BRIDGE_CHANNELS.map((c) => [c, c.length])));
  });
});

describe('parsePayload', () => {
  it('app:info takes no payload', () => {
    expect(parsePayload('app:info', undefined)).toEqual({ ok: true, value: undefined });
    expect(errorOf(parsePayload('app:info', { x: 1 })).code).toBe(BridgeErrorCode.BadPayload);
  });

  it('file:saveAs accepts bytes with a file name', () => {
    const data = new Uint8Array([1, 2, 3]);
    expect(parsePayload('file:saveAs', { suggestedName: '名录.xlsx', filters: xlsx, data })).toEqual({
      ok: true,
      value: { suggestedName: '名录.xlsx', filters: xlsx, data },
    });
  });

  it('file:saveAs turns a path into a bare file name', () => {
    const result = parsePayload('file:saveAs', { suggestedName: '../../etc/签到:表?.xlsx', filters: [], data: new Uint8Array() });
    expect(result.ok && result.value.suggestedName).toBe('.._.._etc_签到_表_.xlsx');
  });

  it.each(['', '   ', '..', '.'])('file:saveAs refuses the name %j', (suggestedName) => {
    const error = errorOf(parsePayload('file:saveAs', { suggestedName, filters: [], data: new Uint8Array() }));
    expect(error).toEqual({ code: 'BAD_PAYLOAD', message: '请求参数无效（suggestedName）：文件名不能为空' });
  });

  it('file:saveAs refuses data that is not bytes, in Chinese', () => {
    const error = errorOf(parsePayload('file:saveAs', { suggestedName: 'a.xlsx', filters: [], data: 'abc' }));
    expect(error.message).toBe('请求参数无效（data）：文件内容必须是字节数组（Uint8Array）');
  });

  it('file:saveAs refuses more than 100 MB', () => {
    // A view claims the size without allocating 100 MB of distinct memory twice.
    const data = new Uint8Array(new ArrayBuffer(MAX_FILE_BYTES + 1));
    expect(errorOf(parsePayload('file:saveAs', { suggestedName: 'a.xlsx', filters: [], data })).message).toContain('超过 100 MB');
  });

  it('file:open checks the filters', () => {
    expect(parsePayload('file:open', { filters: xlsx }).ok).toBe(true);
    expect(parsePayload('file:open', { filters: [{ name: '全部', extensions: ['*'] }] }).ok).toBe(true);
    expect(errorOf(parsePayload('file:open', { filters: [{ name: 'Excel', extensions: ['.xlsx'] }] })).message).toBe(
      '请求参数无效（filters.0.extensions.0）：扩展名应为字母或数字（不带点），或 *',
    );
    expect(errorOf(parsePayload('file:open', {})).message).toMatch(/^请求参数无效（filters）：/);
  });

  it('print:toPdf takes A4, A5 or badge paper, an optional orientation and optional HTML', () => {
    expect(parsePayload('print:toPdf', { pageSize: 'A5', suggestedName: '桌牌' }).ok).toBe(true);
    expect(parsePayload('print:toPdf', { pageSize: 'A4', landscape: true, suggestedName: '总排期表' }).ok).toBe(true);
    expect(errorOf(parsePayload('print:toPdf', { pageSize: 'A4', landscape: 'yes', suggestedName: 'x' })).message).toBe('请求参数无效（landscape）：横向打印应为是或否');
    expect(parsePayload('print:toPdf', { html: '<p>议程</p>', pageSize: 'A4', suggestedName: '议程.pdf' }).ok).toBe(true);
    expect(errorOf(parsePayload('print:toPdf', { pageSize: 'Letter', suggestedName: 'x' })).message).toBe(
      '请求参数无效（pageSize）：纸张大小应为：A4、A5、胸卡纸',
    );
    expect(parsePayload('print:toPdf', { pageSize: 'badge', suggestedName: '胸卡' }).ok).toBe(true);
  });

  it('print:toPrinter takes the same job as print:toPdf', () => {
    expect(parsePayload('print:toPrinter', { html: '<p>桌牌</p>', pageSize: 'badge', landscape: false, suggestedName: '桌牌' }).ok).toBe(true);
    expect(errorOf(parsePayload('print:toPrinter', { pageSize: 'A3', suggestedName: 'x' })).message).toBe('请求参数无效（pageSize）：纸张大小应为：A4、A5、胸卡纸');
  });

  it('shell:showItemInFolder needs a path without NUL', () => {
    expect(parsePayload('shell:showItemInFolder', { path: '/home/me/名录.xlsx' }).ok).toBe(true);
    expect(errorOf(parsePayload('shell:showItemInFolder', { path: '/a\u0000b' })).message).toContain('路径包含非法字符');
  });

  it('falls back to zod Chinese messages where no message is set', () => {
    const error = errorOf(parsePayload('file:open', { filters: [{ name: 'x'.repeat(51), extensions: ['csv'] }] }));
    expect(error.message).toMatch(/^请求参数无效（filters\.0\.name）：.*[\u4e00-\u9fff]/);
  });
});
