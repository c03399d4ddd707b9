/**
 * Text files from organisers come in three encodings: UTF-8 (WPS, the central
 * platform, Excel's "CSV UTF-8"), GBK (Excel's plain "CSV" on a Chinese
 * Windows) and UTF-16 (Excel's "Unicode text"). Nothing in the file says which,
 * except sometimes a byte-order mark, so UTF-8 is tried strictly first: GBK
 * text is almost never valid UTF-8, while the reverse guess would turn every
 * UTF-8 file into mojibake without an error.
 */

// TextDecoder is a global in browsers, workers and Node, but shared/ compiles
// against the bare ES2022 lib; this is the part of it used here.
type TextDecoderLike = { decode(input: Uint8Array): string };
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type DecodedText = { text: string; encoding: TextEncodingName };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/** Decodes a text file's bytes, dropping any byte-order mark. */
export const decodeText = (bytes: Uint8Array): DecodedText => {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // GB18030 is a superset of GBK and GB2312, so it reads all three.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
};

/** The label shown to the organiser, e.g. in "已按 GBK 编码读取". */
export const ENCODING_LABELS: Readonly<Record<TextEncodingName, string>> = {
  'utf-8': 'UTF-8',
  gb18030: 'GBK',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};
