/**
 * 中国大陆手机号: 11 digits starting 13–19. Spreadsheets bring them with +86,
 * spaces, dashes, or as numbers, so input is normalised before it is checked.
 */
export const normalizeMobile = (raw: string): string => {
  let digits = raw.replace(/[\s\-()（）]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  return digits;
};

export const mobileProblem = (raw: string): string | undefined => {
  const m = normalizeMobile(raw);
  if (!/^\d+$/.test(m)) return '手机号只能包含数字';
  if (m.length !== 11) return `手机号应为11位，当前为${m.length}位`;
  if (!/^1[3-9]/.test(m)) return '手机号应以13–19开头';
  return undefined;
};
