import { describe, expect, it } from 'vitest';
import { detectRequestHeader, guessRequestMapping, missingRequestColumns, REQUEST_FIELDS, requestTemplateNotes, requestTemplateTable } from '@shared/import';

describe('request sheet headers', () => {
  it('recognises side-named headers as sign-up exports write them', () => {
    expect(
      guessRequestMapping(['序号', '需求方联系人', '需求方联系人手机', '成果方联系人', '成果方联系人单位', '所涉需求', '对接成果', '优先级', '是否双向', '意向时段', '约谈状态'])
        .columns,
    ).toEqual({
      fromName: 1,
      fromMobile: 2,
      toName: 3,
      toOrganisation: 4,
      need: 5,
      achievement: 6,
      priority: 7,
      mutual: 8,
      slots: 9,
      state: 10,
    });
    expect(guessRequestMapping(['发起人姓名', '发起人胸卡码', '被约人', '被约人手机号']).columns).toEqual({ fromName: 0, fromBadgeCode: 1, toName: 2, toMobile: 3 });
  });

  it('gives plain 单位 / 手机 / 胸卡码 columns to the side they follow', () => {
    expect(guessRequestMapping(['姓名', '单位', '手机', '约谈对象', '单位', '胸卡码', '备注'])).toEqual({
      columns: { fromName: 0, fromOrganisation: 1, fromMobile: 2, toName: 3, toOrganisation: 4, toBadgeCode: 5 },
      unmapped: [6],
    });
    // A second plain 手机 before the other side's name still finds the free side.
    expect(guessRequestMapping(['申请人', '手机', '手机', '被约人']).columns).toEqual({ fromName: 0, fromMobile: 1, toMobile: 2, toName: 3 });
  });

  it('finds the header row below a title', () => {
    expect(detectRequestHeader([['约谈意向汇总'], [], ['申请人', '约谈对象', '需求']]).headerRow).toBe(2);
  });

  it('asks for a way to identify each side', () => {
    expect(missingRequestColumns({ fromMobile: 0, need: 1 })).toEqual(['约谈对象（姓名、手机或胸卡码）']);
    expect(missingRequestColumns({ fromBadgeCode: 0, toName: 1 })).toEqual([]);
  });

  it('makes a template whose headers map every field back, with a note per column', () => {
    const template = requestTemplateTable();
    const { columns, unmapped } = guessRequestMapping(template.headers);
    expect(Object.keys(columns).sort()).toEqual(REQUEST_FIELDS.map((f) => f.key).sort());
    expect(unmapped).toEqual([]);
    expect(requestTemplateNotes().rows.map((r) => r[0])).toEqual(template.headers);
  });
});
