import { describe, expect, it } from 'vitest';
import { EMPTY_SCAN, feedScanKey, asBadgeCode, type ScanBuffer } from '@shared/checkin';

/** Plays keys at the given times and returns the codes the buffer reports. */
const play = (keys: readonly (readonly [string, number])[]): string[] => {
  let buffer: ScanBuffer = EMPTY_SCAN;
  const codes: string[] = [];
  for (const [key, at] of keys) {
    const step = feedScanKey(buffer, key, at);
    buffer = step.buffer;
    if (step.code) codes.push(step.code);
  }
  return codes;
};

const typed = (text: string, start: number, gap: number): [string, number][] => [...text, 'Enter'].map((k, i) => [k, start + i * gap]);

describe('keyboard-wedge scan buffer', () => {
  it('reports a code typed fast and ended by Enter', () => {
    expect(play(typed('AB23CD', 1000, 8))).toEqual(['AB23CD']);
  });

  it('ignores a person typing the same code at human speed, even a fast typist', () => {
    expect(play(typed('AB23CD', 1000, 120))).toEqual([]);
    expect(play(typed('AB23CD', 1000, 60))).toEqual([]);
  });

  it('keeps a scan whole when one key arrives late but the run is fast on average', () => {
    const keys = typed('ZGC0043', 0, 8).map(([k, t], i): [string, number] => [k, i >= 6 ? t + 75 : t]);
    expect(play(keys)).toEqual(['ZGC0043']);
  });

  it('does not take a key typed by hand just before a scan for part of the code', () => {
    expect(play([['z', 0], ...typed('QX7K', 120, 8)])).toEqual(['QX7K']);
  });

  it('needs at least four characters', () => {
    expect(play(typed('AB2', 1000, 5))).toEqual([]);
    expect(play(typed('AB23', 1000, 5))).toEqual(['AB23']);
  });

  it('starts a new run after a pause, so slow keys before a scan do not spoil it', () => {
    expect(play([['z', 0], ['w', 200], ...typed('QX7K', 1000, 10)])).toEqual(['QX7K']);
  });

  it('refuses an Enter that comes late', () => {
    expect(play([...typed('QX7K', 0, 10).slice(0, 4), ['Enter', 200]])).toEqual([]);
  });

  it('upper-cases and refuses what cannot be a badge code', () => {
    expect(play(typed('qx7k', 0, 10))).toEqual(['QX7K']);
    expect(play(typed('QX-7K', 0, 10))).toEqual([]);
    expect(play(typed('A'.repeat(17), 0, 3))).toEqual([]);
  });

  it('lets Shift pass but breaks the run on other control keys', () => {
    expect(play([['Shift', 0], ['Q', 5], ['Shift', 10], ['X', 15], ['7', 20], ['K', 25], ['Enter', 30]])).toEqual(['QX7K']);
    expect(play([['Q', 0], ['X', 5], ['Backspace', 10], ['7', 15], ['K', 20], ['Enter', 25]])).toEqual([]);
  });

  it('reads two scans in a row', () => {
    expect(play([...typed('AAAA', 0, 5), ...typed('BBBB', 30, 5)])).toEqual(['AAAA', 'BBBB']);
  });

  it('normalises a decoded badge code', () => {
    expect(asBadgeCode(' ab23 ')).toBe('AB23');
    expect(asBadgeCode('https://example.com')).toBeUndefined();
  });
});
