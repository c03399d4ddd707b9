import type { ParticipantSpec, RequestSpec, ScheduleInstance, SlotSpec } from '../../shared/scheduling/types';

/**
 * MiniZinc data files (`.dzn`) of the B2B meeting-scheduling instances
 * (../shared/benchmarks/b2b-scheduling/, see its README), read into the
 * scheduler's own `ScheduleInstance`.
 *
 * The parser covers the part of the data language those files use, plus the
 * bits a hand-edited file is likely to add: `name = value;` items whose value
 * is an integer, a set (`{1, 3..5}`, `{}` or a bare range `3..5`), a 1-D array
 * of those, or a 2-D array written `[| a, b, c | d, e, f |]`; trailing commas
 * and `%` comments.
 */
export type DznValue =
  | { kind: 'int'; value: number }
  | { kind: 'set'; members: number[] }
  | { kind: 'array'; items: DznValue[] }
  | { kind: 'rows'; rows: number[][] };

type Token = { text: string; line: number };

const tokenize = (text: string, where: string): Token[] => {
  const tokens: Token[] = [];
  const pattern = /\s+|%[^\n]*|(-?\d+|[A-Za-z_][A-Za-z0-9_]*|\.\.|[=;[\]{},|])/y;
  let line = 1;
  let at = 0;
  while (at < text.length) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) throw new Error(`${where}:${line}: unexpected “${text.slice(at, at + 10)}”`);
    if (m[1] !== undefined) tokens.push({ text: m[1], line });
    line += m[0].split('\n').length - 1;
    at = pattern.lastIndex;
  }
  return tokens;
};

/** Every `name = value;` of a .dzn text; `where` (the file name) prefixes every error. */
export const parseDzn = (text: string, where = 'dzn'): Map<string, DznValue> => {
  const tokens = tokenize(text, where);
  let i = 0;
  const peek = (): string | undefined => tokens[i]?.text;
  const fail = (message: string): never => {
    const line = tokens[Math.min(i, tokens.length - 1)]?.line ?? 1;
    throw new Error(`${where}:${line}: ${message}`);
  };
  const take = (expected?: string): string => {
    const token = tokens[i];
    if (token === undefined) return fail(`unexpected end of file${expected ? `, expected “${expected}”` : ''}`);
    if (expected !== undefined && token.text !== expected) return fail(`expected “${expected}”, got “${token.text}”`);
    i++;
    return token.text;
  };
  const int = (): number => {
    const text = take();
    if (!/^-?\d+$/.test(text)) fail(`expected a number, got “${text}”`);
    return Number(text);
  };
  const range = (from: number): number[] => {
    take('..');
    const to = int();
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
  };
  /** Comma-separated things up to `close`, a trailing comma allowed. */
  const list = <T>(close: string, item: () => T): T[] => {
    const out: T[] = [];
    while (peek() !== close) {
      out.push(item());
      if (peek() === ',') take(',');
      else if (peek() !== close) fail(`expected “,” or “${close}”, got “${peek() ?? 'end of file'}”`);
    }
    return out;
  };
  const set = (): DznValue => {
    take('{');
    const members = list('}', () => {
      const from = int();
      return peek() === '..' ? range(from) : [from];
    }).flat();
    take('}');
    return { kind: 'set', members: [...new Set(members)].sort((a, b) => a - b) };
  };
  const rows = (): DznValue => {
    take('|');
    const out: number[][] = [];
    while (peek() !== ']') {
      const row = list('|', int);
      take('|');
      // `[| |]` is MiniZinc's empty 2-D array: no rows, not one empty row.
      if (row.length > 0) out.push(row);
    }
    return { kind: 'rows', rows: out };
  };
  const value = (): DznValue => {
    if (peek() === '{') return set();
    if (peek() === '[') {
      take('[');
      const v: DznValue = peek() === '|' ? rows() : { kind: 'array', items: list(']', value) };
      take(']');
      return v;
    }
    const n = int();
    return peek() === '..' ? { kind: 'set', members: range(n) } : { kind: 'int', value: n };
  };

  const items = new Map<string, DznValue>();
  while (i < tokens.length) {
    const name = take();
    if (!/^[A-Za-z_]/.test(name)) fail(`expected a name, got “${name}”`);
    if (items.has(name)) fail(`${name} is given twice`);
    take('=');
    items.set(name, value());
    take(';');
  }
  return items;
};

/** Typed reads of a parsed file: each names the file and the variable when the data is not what the model expects. */
const reader = (items: Map<string, DznValue>, where: string) => {
  const get = (name: string): DznValue => {
    const v = items.get(name);
    if (v === undefined) throw new Error(`${where}: ${name} is missing`);
    return v;
  };
  const arrayOf = (name: string, length: number): DznValue[] => {
    const v = get(name);
    if (v.kind !== 'array') throw new Error(`${where}: ${name} should be an array`);
    if (v.items.length !== length) throw new Error(`${where}: ${name} has ${v.items.length} entries, expected ${length}`);
    return v.items;
  };
  return {
    has: (name: string) => items.has(name),
    int(name: string): number {
      const v = get(name);
      if (v.kind !== 'int') throw new Error(`${where}: ${name} should be a number`);
      return v.value;
    },
    ints: (name: string, length: number): number[] =>
      arrayOf(name, length).map((v, k) => {
        if (v.kind !== 'int') throw new Error(`${where}: ${name}[${k + 1}] should be a number`);
        return v.value;
      }),
    sets: (name: string, length: number): number[][] =>
      arrayOf(name, length).map((v, k) => {
        if (v.kind !== 'set') throw new Error(`${where}: ${name}[${k + 1}] should be a set`);
        return v.members;
      }),
    rows(name: string, count: number, width: number): number[][] {
      const v = get(name);
      if (v.kind !== 'rows') throw new Error(`${where}: ${name} should be a 2-D array [| … |]`);
      if (v.rows.length !== count) throw new Error(`${where}: ${name} has ${v.rows.length} rows, expected ${count}`);
      const bad = v.rows.findIndex((r) => r.length !== width);
      if (bad >= 0) throw new Error(`${where}: ${name} row ${bad + 1} has ${v.rows[bad]?.length} values, expected ${width}`);
      return v.rows;
    },
  };
};

const slotId = (n: number): string => `s${n}`;
const participantId = (n: number): string => `p${n}`;
const meetingId = (n: number): string => `m${n}`;

/**
 * One instance as the scheduler sees it. Slot `sK` is the literature's slot K,
 * participant `pK` its business K, request `mK` its meeting K, all 1-based;
 * every request has priority 3 (必须), since the literature must hold them all.
 *
 * Slots are one sequence: the lunch pause between the morning and the
 * afternoon is not a break (README), so `session` ('morning' / 'afternoon')
 * is only a label; a meeting's kind (1 morning, 2 afternoon, 3 either)
 * becomes its allowed slots.
 */
export const b2bInstance = (text: string, where = 'dzn'): ScheduleInstance => {
  const dzn = reader(parseDzn(text, where), where);
  const nBusiness = dzn.int('nBusiness');
  const nMeetings = dzn.int('nMeetings');
  const nTables = dzn.int('nTables');
  const nSlots = dzn.int('nTotalSlots');
  const nMorning = dzn.int('nMorningSlots');
  if (nMorning < 0 || nMorning > nSlots) throw new Error(`${where}: nMorningSlots ${nMorning} is outside 0…${nSlots}`);

  const requested = dzn.rows('requested', nMeetings, 3);
  const forbidden = dzn.sets('forbidden', nBusiness);
  const fixed = dzn.ints('fixed', nMeetings);
  const precedences = dzn.sets('precedences', nMeetings);

  const slots: SlotSpec[] = Array.from({ length: nSlots }, (_, k) => ({ id: slotId(k + 1), session: k < nMorning ? 'morning' : 'afternoon' }));
  const morning = slots.slice(0, nMorning).map((s) => s.id);
  const afternoon = slots.slice(nMorning).map((s) => s.id);
  const inSlots = (slot: number) => slot >= 1 && slot <= nSlots;

  const participants: ParticipantSpec[] = forbidden.map((set, k) => {
    // Slot 0 does not exist: the files write `{0}` for "none" and keep the 0 beside real slots.
    const unavailable = set.filter((s) => s !== 0);
    const bad = unavailable.find((s) => !inSlots(s));
    if (bad !== undefined) throw new Error(`${where}: forbidden[${k + 1}] names slot ${bad}, outside 1…${nSlots}`);
    return unavailable.length > 0 ? { id: participantId(k + 1), unavailable: unavailable.map(slotId) } : { id: participantId(k + 1) };
  });

  const requests: RequestSpec[] = requested.map(([a = 0, b = 0, kind = 0], k) => {
    const m = k + 1;
    if (a < 1 || a > nBusiness || b < 1 || b > nBusiness) throw new Error(`${where}: meeting ${m} names a participant outside 1…${nBusiness}`);
    if (a === b) throw new Error(`${where}: meeting ${m} is participant ${a} with itself`);
    const request: RequestSpec = { id: meetingId(m), a: participantId(a), b: participantId(b), priority: 3 };
    if (kind === 1) request.allowedSlots = morning;
    else if (kind === 2) request.allowedSlots = afternoon;
    else if (kind !== 3) throw new Error(`${where}: meeting ${m} has kind ${kind}, expected 1 (morning), 2 (afternoon) or 3 (either)`);
    const slot = fixed[k] ?? 0;
    if (slot !== 0) {
      if (!inSlots(slot)) throw new Error(`${where}: fixed[${m}] is slot ${slot}, outside 1…${nSlots}`);
      request.fixedSlot = slotId(slot);
    }
    const before = precedences[k] ?? [];
    const badBefore = before.find((p) => p < 1 || p > nMeetings);
    if (badBefore !== undefined) throw new Error(`${where}: precedences[${m}] names meeting ${badBefore}, outside 1…${nMeetings}`);
    if (before.length > 0) request.after = before.map(meetingId);
    return request;
  });

  checkRedundantCounts(dzn, requested, nBusiness, where);
  return {
    slots,
    tables: Array.from({ length: nTables }, (_, k) => ({ id: `t${k + 1}` })),
    participants,
    requests,
  };
};

/**
 * The files also carry each business's meeting count (`nMeetingsBusiness`)
 * and meeting set (`meetingsxBusiness`, which lists a dummy 1 and every
 * meeting shifted by one, as the paper's model indexes them). Both follow
 * from `requested`; checking them catches a misread `requested`.
 */
const checkRedundantCounts = (dzn: ReturnType<typeof reader>, requested: number[][], nBusiness: number, where: string) => {
  const byBusiness: number[][] = Array.from({ length: nBusiness }, () => []);
  requested.forEach(([a = 0, b = 0], k) => {
    byBusiness[a - 1]?.push(k + 1);
    byBusiness[b - 1]?.push(k + 1);
  });
  if (dzn.has('nMeetingsBusiness')) {
    dzn.ints('nMeetingsBusiness', nBusiness).forEach((n, k) => {
      const derived = byBusiness[k]?.length ?? 0;
      if (n !== derived) throw new Error(`${where}: nMeetingsBusiness[${k + 1}] is ${n} but requested gives participant ${k + 1} ${derived} meetings`);
    });
  }
  if (dzn.has('meetingsxBusiness')) {
    dzn.sets('meetingsxBusiness', nBusiness).forEach((set, k) => {
      const expected = [1, ...(byBusiness[k] ?? []).map((m) => m + 1)].sort((x, y) => x - y);
      if (set.join() !== [...new Set(expected)].join()) throw new Error(`${where}: meetingsxBusiness[${k + 1}] does not match the meetings requested gives participant ${k + 1}`);
    });
  }
};
