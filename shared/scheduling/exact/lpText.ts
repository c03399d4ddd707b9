/**
 * A small writer of CPLEX LP format, the text both HiGHS builds read.
 * Long rows are wrapped, since some LP readers limit the line length.
 */
export type Term = [coefficient: number, variable: string];

const TERMS_PER_LINE = 12;

/** The terms of a row; callers never pass an empty list (the writer drops empty rows). */
export const linear = (terms: readonly Term[]): string => {
  const parts = terms.map(([c, v], i) => {
    const sign = c < 0 ? '-' : i === 0 ? '' : '+';
    const size = Math.abs(c);
    return `${sign} ${size === 1 ? '' : `${size} `}${v}`.trim();
  });
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += TERMS_PER_LINE) lines.push(parts.slice(i, i + TERMS_PER_LINE).join(' '));
  return lines.join('\n   ');
};

export type LpWriter = {
  row(name: string, terms: readonly Term[], sense: '<=' | '>=' | '=', rhs: number): void;
  text(objective: readonly Term[], bounds: readonly string[], binaries: readonly string[]): string;
};

export const lpWriter = (): LpWriter => {
  const rows: string[] = [];
  return {
    row(name, terms, sense, rhs) {
      if (terms.length > 0) rows.push(` ${name}: ${linear(terms)} ${sense} ${rhs}`);
    },
    text(objective, bounds, binaries) {
      const out = ['Maximize', ` obj: ${linear(objective)}`, 'Subject To', ...rows, 'Bounds', ...bounds.map((b) => ` ${b}`)];
      if (binaries.length > 0) {
        out.push('Binary');
        for (let i = 0; i < binaries.length; i += TERMS_PER_LINE) out.push(` ${binaries.slice(i, i + TERMS_PER_LINE).join(' ')}`);
      }
      out.push('End', '');
      return out.join('\n');
    },
  };
};
