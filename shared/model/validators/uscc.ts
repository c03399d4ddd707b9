/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters
 * from a 31-letter alphabet (no I, O, Z, S, V); the last is a check character.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export const normalizeUscc = (raw: string): string => raw.replace(/\s+/g, '').toUpperCase();

export const usccCheckChar = (first17: string): string | undefined => {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i] ?? '');
    if (v < 0) return undefined;
    sum += v * (WEIGHTS[i] as number);
  }
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET[check];
};

/** Why a code is not valid, in Chinese, or undefined when it is valid. */
export const usccProblem = (raw: string): string | undefined => {
  const code = normalizeUscc(raw);
  if (code.length !== 18) return `统一社会信用代码应为18位，当前为${code.length}位`;
  const bad = [...code].find((c) => !ALPHABET.includes(c));
  if (bad !== undefined) return `统一社会信用代码含有无效字符“${bad}”`;
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) return '统一社会信用代码校验位不正确，请核对';
  return undefined;
};
