import { describe, expect, it } from 'vitest';
import { detectRequestHeader, planRequestImport } from '@shared/import';
import { generateDemoFair } from '@shared/demo';
import { demoRequestContext, requestSheetRows } from '../../e2e/requestsSheet';

describe('the demo fair’s 约谈意向 sheet', () => {
  it('plans as the generator says: new wishes accepted, the stored request skipped, unknown people reported', () => {
    const fair = generateDemoFair({});
    const { rows, expected } = requestSheetRows(fair);
    const mapping = detectRequestHeader(rows);
    expect(mapping.columns).toMatchObject({ fromName: 0, fromOrganisation: 1, toName: 2, toMobile: 3, need: 4, achievement: 5, priority: 6, mutual: 7, slots: 8 });
    const result = planRequestImport(rows, mapping, demoRequestContext(fair));
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.accepted).toHaveLength(expected.accepted);
    expect(expected.accepted).toBe(20);
    expect(result.plan.duplicates.map((d) => d.rowNumber)).toEqual(expected.duplicates);
    expect(result.plan.rejected.map((r) => r.rowNumber)).toEqual(expected.rejected);
    expect(result.plan.rejected[0]?.reasons).toEqual([`第${expected.rejected[0]}行：发起人“查无此人”不在参会人名单中`]);
    expect(result.plan.accepted.every((a) => a.draft.source === '导入')).toBe(true);
  });
});
