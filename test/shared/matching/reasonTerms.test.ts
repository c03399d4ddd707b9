import { describe, expect, it } from 'vitest';
import { readableTerms } from '../../../shared/matching/reasonTerms';

describe('shared terms as a person reads them', () => {
  it('leaves out a term that is part of a longer shared term, keeping the order', () => {
    expect(readableTerms(['材料', '正极', '电池', '离子', '锂离子', '锂离子电池', '正极材料'])).toEqual(['锂离子电池', '正极材料']);
  });
  it('keeps terms that only overlap, and Latin terms case-insensitively', () => {
    expect(readableTerms(['CAR-T', 'car', '细胞治疗', '治疗方案'])).toEqual(['CAR-T', '细胞治疗', '治疗方案']);
  });
});
