import { describe, expect, it } from 'vitest';
import { distinctTerms, highlight, termVariants } from '../../../../renderer/features/matching/highlight';

const marked = (text: string, variants: string[]) => highlight(text, variants).flatMap((s) => (s.hit ? [s.text] : []));

describe('highlight', () => {
  it('marks every synonym of a shared term, the longest first', () => {
    const variants = termVariants(['锂离子电池', '热失控'], [['锂离子电池', '锂电池', '锂电']]);
    expect(variants).toEqual(['锂离子电池', '锂电池', '热失控', '锂电']);
    expect(marked('锂电池热失控，锂电储能与锂离子电池', variants)).toEqual(['锂电池', '热失控', '锂电', '锂离子电池']);
  });

  it('matches Latin terms whatever their case and keeps the text as written', () => {
    const segments = highlight('基于CAR-T与car-t疗法', termVariants(['CAR-T'], []));
    expect(segments.map((s) => s.text).join('')).toBe('基于CAR-T与car-t疗法');
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['CAR-T', 'car-t']);
  });

  it('treats regular-expression characters in a term as text', () => {
    expect(marked('精度0.1mm（a+b）', termVariants(['0.1mm', 'a+b'], []))).toEqual(['0.1mm', 'a+b']);
  });

  it('shows a long shared word once, not with its parts', () => {
    expect(distinctTerms(['锂离子电池', '锂离子', '电池', '热失控'])).toEqual(['锂离子电池', '热失控']);
  });
});
