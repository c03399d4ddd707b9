import type { Lookup } from './integrity';

/** Letters and digits that survive a bad printer and a tired reader (no 0/O, 1/I). */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

const randomCode = (length: number): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(length)), (b) => ALPHABET[b % ALPHABET.length]).join('');

/** A badge code no live participant of the event holds; call inside the write's transaction. */
export const freshBadgeCode = async (lookup: Lookup): Promise<string> => {
  for (;;) {
    const code = randomCode(6);
    if ((await lookup.personWith('badgeCode', code)) === undefined) return code;
  }
};
