import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCcfNeeds } from '../../../bench/matching/ccf';

const fileWith = (text: string): string => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ccf-')), 'set.jsonl');
  writeFileSync(file, text);
  return file;
};

describe('the CCF needs–achievements loader', () => {
  it('reads each need with its graded candidates, ids in file order', () => {
    const line = JSON.stringify({
      rid: 'r1',
      req_title: '高镍三元动力电解液',
      req_content: '需要开发相适配的电解液',
      candidates: [
        { ach_title_keywords: '离子 液体 高压 电解液', level: 3 },
        { ach_title_keywords: '尼龙  复合材料', level: 1 },
      ],
    });
    const [need] = loadCcfNeeds(fileWith(`${line}\n\n`));
    expect(need?.title).toBe('高镍三元动力电解液');
    expect(need?.candidates.map((c) => [c.id, c.terms, c.level])).toEqual([
      ['r1#000', ['离子', '液体', '高压', '电解液'], 3],
      ['r1#001', ['尼龙', '复合材料'], 1],
    ]);
  });

  it('says where the shared data should be when it is missing', () => {
    expect(() => loadCcfNeeds('/nonexistent/ccf.jsonl')).toThrow(/missing at \/nonexistent\/ccf\.jsonl.*shared\/benchmarks/);
  });

  it('names the line of a malformed record', () => {
    const file = fileWith(`${JSON.stringify({ rid: 'r1', req_title: 't', candidates: [{ ach_title_keywords: 'a', level: 9 }] })}\n`);
    expect(() => loadCcfNeeds(file)).toThrow(/set\.jsonl:1: candidate 0 needs ach_title_keywords and a level 1–4/);
  });
});
