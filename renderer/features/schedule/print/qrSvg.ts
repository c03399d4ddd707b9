import qrcode from 'qrcode-generator';
import { trustedHtml, type SafeHtml } from './printDocument';

/**
 * Badge codes are `[A-Z0-9]{4,16}` (see `participantFieldsSchema`), which QR's
 * alphanumeric mode stores in fewer modules than bytes: a smaller, sturdier
 * symbol for the check-in scanner. Anything else falls back to bytes.
 */
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

/**
 * qrcode-generator's byte mode keeps only the low 8 bits of each UTF-16 unit,
 * so non-ASCII text is handed over as its UTF-8 bytes, one char per byte.
 */
const utf8AsLatin1 = (text: string): string => String.fromCharCode(...new TextEncoder().encode(text));

/** Medium error correction: badges get creased and smudged, and M still keeps a 16-character code small. */
export const makeQr = (text: string) => {
  const qr = qrcode(0, 'M');
  if (ALPHANUMERIC.test(text)) qr.addData(text, 'Alphanumeric');
  else qr.addData(utf8AsLatin1(text), 'Byte');
  qr.make();
  return qr;
};

/**
 * The QR code of `text` as inline SVG that scales to its box (size it in CSS).
 * The quiet zone of 4 modules is inside the SVG, as scanners need it.
 */
export const qrSvg = (text: string): SafeHtml => trustedHtml(makeQr(text).createSvgTag({ cellSize: 1, margin: 4, scalable: true }));
