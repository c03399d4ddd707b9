import { describe, expect, it } from 'vitest';
import { readMutual, readPriority, readRequestState } from '@shared/import';

describe('优先级', () => {
  it.each([
    ['必须', '必须'],
    ['优先', '优先'],
    ['一般', '一般'],
    ['高', '必须'],
    ['中', '优先'],
    ['低', '一般'],
    ['高优先级', '必须'],
    // Numbers are scores, the higher the more wanted: 3 → 必须, 1 → 一般.
    ['3', '必须'],
    ['2', '优先'],
    ['1', '一般'],
    ['1.0', '一般'],
    ['★★★', '必须'],
    ['★', '一般'],
  ])('%j → %s', (cell, priority) => {
    expect(readPriority(cell)).toEqual({ value: priority });
  });

  it('leaves an empty cell to the default and explains an unknown one', () => {
    expect(readPriority(' ')).toEqual({ value: undefined });
    expect(readPriority('4')).toEqual({ problem: '优先级“4”无法识别，应为：必须、优先、一般（也可填高/中/低，或3/2/1：3为必须、1为一般）' });
  });
});

describe('双向', () => {
  it.each([
    ['是', true],
    ['Y', true],
    ['yes', true],
    ['√', true],
    ['双向', true],
    ['否', false],
    ['N', false],
    ['0', false],
    ['单向', false],
    ['', undefined],
  ])('%j → %s', (cell, mutual) => {
    expect(readMutual(cell)).toEqual({ value: mutual });
  });

  it('explains an unknown value', () => {
    expect(readMutual('看情况')).toEqual({ problem: '双向“看情况”无法识别，应为“是”或“否”' });
  });
});

describe('状态', () => {
  it.each([
    ['', undefined],
    ['待确认', '待确认'],
    ['同意', '已接受'],
    ['已确认', '已接受'],
    ['拒绝', '已拒绝'],
    ['撤销', '已取消'],
  ])('%j → %s', (cell, state) => {
    expect(readRequestState(cell)).toEqual({ value: state });
  });

  it('explains an unknown state', () => {
    expect(readRequestState('已完成')).toEqual({ problem: '状态“已完成”无法识别，应为：待确认、已接受、已拒绝、已取消' });
  });
});
