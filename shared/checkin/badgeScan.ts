/**
 * 扫码枪 (keyboard-wedge scanner): a USB scanner "types" the badge code and
 * Enter faster than any person. The desk tells the two apart by timing alone:
 * a run of characters arriving on average less than `SCAN_GAP_MS` apart,
 * ended by Enter, at least `MIN_SCAN_LENGTH` long and shaped like a badge
 * code. Pure, so the timing rules are tested with synthetic timestamps.
 */

/** Scanners send a key every 1–20 ms; people rarely type two keys under 50 ms apart, never a run of them. */
export const SCAN_GAP_MS = 50;
/**
 * A single gap up to this long does not break a run, as long as the run's
 * average stays under `SCAN_GAP_MS`: one late key (a busy laptop, a USB hub,
 * a garbage-collection pause) must not split a scan into two typed strings.
 * A longer pause starts a new run, so a key typed by hand shortly before a
 * scan is not taken for part of the code.
 */
export const MAX_GAP_MS = 100;
export const MIN_SCAN_LENGTH = 4;
/** The badge code's pattern (`participantFieldsSchema.badgeCode`). */
export const BADGE_CODE_PATTERN = /^[A-Z0-9]{4,16}$/;

export type ScanBuffer = { readonly chars: string; readonly firstAt: number; readonly lastAt: number };

export const EMPTY_SCAN: ScanBuffer = { chars: '', firstAt: Number.NEGATIVE_INFINITY, lastAt: Number.NEGATIVE_INFINITY };

export type ScanStep = {
  buffer: ScanBuffer;
  /** Set when this key was the Enter ending a scan: the badge code, upper-cased. */
  code?: string;
};

/**
 * Feeds one key (a `KeyboardEvent.key`) pressed at `at` milliseconds. A key
 * that is neither one character nor Enter (arrows, Backspace) ends the run,
 * as no scanner sends it.
 */
export const feedScanKey = (buffer: ScanBuffer, key: string, at: number): ScanStep => {
  const continues = at - buffer.lastAt < MAX_GAP_MS;
  if (key === 'Enter') {
    const code = buffer.chars.toUpperCase();
    // Enter is one more gap of the run: n characters and Enter make n gaps after the first character.
    const fastOnAverage = (at - buffer.firstAt) / Math.max(1, code.length) < SCAN_GAP_MS;
    const isScan = continues && fastOnAverage && code.length >= MIN_SCAN_LENGTH && BADGE_CODE_PATTERN.test(code);
    return isScan ? { buffer: EMPTY_SCAN, code } : { buffer: EMPTY_SCAN };
  }
  // Shift reaches us between the letters of an upper-case code on some scanners: let it pass without breaking the run.
  if (key === 'Shift') return { buffer };
  if (key.length !== 1) return { buffer: EMPTY_SCAN };
  return { buffer: continues ? { chars: buffer.chars + key, firstAt: buffer.firstAt, lastAt: at } : { chars: key, firstAt: at, lastAt: at } };
};

/** A badge code typed or decoded from a QR image, normalised; undefined when it cannot be one. */
export const asBadgeCode = (text: string): string | undefined => {
  const code = text.trim().toUpperCase();
  return BADGE_CODE_PATTERN.test(code) ? code : undefined;
};
