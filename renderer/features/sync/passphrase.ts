/** At least this long: the bundle's PBKDF2 slows guessing, but a short passphrase is still found in hours. */
export const MIN_PASSPHRASE = 8;

/** Why a passphrase cannot be used, or undefined when it can. */
export const passphraseProblem = (passphrase: string, confirmation: string): string | undefined => {
  if (passphrase.length < MIN_PASSPHRASE) return `口令至少 ${MIN_PASSPHRASE} 个字符`;
  if (passphrase.trim() !== passphrase) return '口令首尾不能有空格';
  if (confirmation !== passphrase) return '两次输入的口令不一致';
  return undefined;
};
