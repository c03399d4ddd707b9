import { describe, expect, it } from 'vitest';
import type { ScheduleInstance } from '../../../../shared/scheduling';
import { assignTablesExact } from '../../../../shared/scheduling/exact/assignTablesExact';
import { compileExact } from '../../../../shared/scheduling/exact/compile';

describe('assignTablesExact', () => {
  const instance: ScheduleInstance = {
    slots: [{ id: 's1' }, { id: 's2' }, { id: 's3' }],
    tables: [{ id: 'A1' }, { id: 'A2' }, { id: 'H' }],
    participants: [{ id: '清华', hostTable: 'H' }, { id: '企业甲' }, { id: '企业乙' }, { id: '企业丙' }, { id: '企业丁' }],
    requests: [
      { id: 'h1', a: '企业甲', b: '清华' },
      { id: 'h2', a: '清华', b: '企业乙' },
      { id: 'p1', a: '企业丙', b: '企业丁' },
      { id: 'p2', a: '企业丙', b: '企业甲' },
      { id: 'p3', a: '企业丙', b: '企业乙' },
    ],
  };
  const table = (r: number, tables: number[]) => instance.tables[tables[r] ?? -1]?.id;

  it('seats host meetings at the host table and keeps a busy participant at the table it had', () => {
    // s1: h1, p1; s2: h2, p2; s3: p3.
    const tables = assignTablesExact(compileExact(instance), [0, 1, 0, 1, 2]);
    expect([table(0, tables), table(1, tables)]).toEqual(['H', 'H']);
    expect(new Set([table(2, tables), table(3, tables), table(4, tables)]).size).toBe(1);
  });

  it('gives no table to a request left out, and never two meetings one table in a slot', () => {
    const tables = assignTablesExact(compileExact(instance), [0, -1, 0, 1, -1]);
    expect(tables[1]).toBe(-1);
    expect(tables[4]).toBe(-1);
    expect(tables[0]).not.toBe(tables[2]);
  });
});
