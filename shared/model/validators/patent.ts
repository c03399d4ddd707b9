/**
 * 中国专利号. Accepted forms:
 * - application numbers with their check digit: 13 digits since 2003
 *   (`ZL202110123456.7`: year, type 1/2/3/8/9, serial, check) or 9 before
 *   (`ZL98123456.X`); the prefix (ZL/CN) and the dot are optional;
 * - publication and grant numbers: `CN` + 9 digits + kind code (`CN112345678A`, `CN212345678U`).
 * The check digit is the weighted sum (2…9, 2…5) mod 11, 10 written as X.
 */
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
const PATENT_TYPES = '12389';

export const normalizePatent = (raw: string): string => raw.replace(/[\s.]/g, '').toUpperCase();

export const patentCheckDigit = (body: string): string => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[i]) * (WEIGHTS[i] as number);
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
};

export const patentProblem = (raw: string): string | undefined => {
  const n = normalizePatent(raw);
  if (/^CN\d{9}[ABCUSY]\d?$/.test(n)) return undefined;
  const body = n.replace(/^(ZL|CN)/, '');
  if (!/^(\d{8}|\d{12})[\dX]$/.test(body)) return `专利号“${raw}”格式不正确（例：ZL202110123456.7 或 CN112345678A）`;
  const digits = body.slice(0, -1);
  const typeDigit = digits.length === 12 ? digits[4] : digits[2];
  if (!PATENT_TYPES.includes(typeDigit ?? '')) return `专利号“${raw}”的专利类型位应为1、2、3、8或9`;
  if (patentCheckDigit(digits) !== body.slice(-1)) return `专利号“${raw}”校验位不正确，请核对`;
  return undefined;
};
