// TextEncoder and TextDecoder are globals in browsers, workers and Node, but shared/ compiles without DOM or Node types.
declare const TextEncoder: new () => { encode(text: string): Uint8Array; encodeInto(text: string, target: Uint8Array): { read: number; written: number } };
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };

const encoder = new TextEncoder();

export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** Writes the UTF-8 of `text` at the start of `target` (which must have room: 3 bytes per UTF-16 unit) and says how many bytes it took. */
export const utf8Into = (text: string, target: Uint8Array): number => encoder.encodeInto(text, target).written;

/** The text of UTF-8 bytes, or undefined when they are not valid UTF-8 (never a silent U+FFFD). */
export const fromUtf8 = (bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};
