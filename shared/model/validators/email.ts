/** A pragmatic e-mail check: one @, a dotted domain, no spaces. */
export const emailProblem = (raw: string): string | undefined =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw.trim()) ? undefined : `邮箱“${raw}”格式不正确`;
