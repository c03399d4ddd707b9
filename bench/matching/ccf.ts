import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MatchDoc } from '../../shared/matching';

/**
 * The CCF BDCI 2019 needs ↔ achievements set (../shared/benchmarks/needs-achievements/,
 * see its README): 235 real enterprise needs, each with its graded candidate
 * achievements. Read in place at run time; never copied into the project.
 */
export const CCF_FILE = fileURLToPath(
  new URL('../../../shared/benchmarks/needs-achievements/ccf2019_req_to_ach_titlekw_graded.jsonl', import.meta.url),
);

/**
 * A graded candidate achievement. In the CCF set it is only its title,
 * reduced by the contest to segmented keywords; in the demo set it is a
 * whole record (`doc`), and `keywords` is then its full text for the baselines.
 */
export type CcfCandidate = {
  /** `<need id>#<index in the file>`, zero-padded so that sorting by id keeps the file's order. */
  id: string;
  /** The keyword string as given, e.g. `锂离子 电池 电压 材料 产业化 项目`. */
  keywords: string;
  terms: string[];
  /** The human grade, 1 (unrelated) … 4 (most related). */
  level: number;
  /** The whole record, where the set has one: the engine then reads it as the app would. */
  doc?: MatchDoc;
};

export type CcfNeed = { id: string; title: string; text: string; candidates: CcfCandidate[]; doc?: MatchDoc };

type RawLine = { rid?: unknown; req_title?: unknown; req_content?: unknown; candidates?: unknown };
type RawCandidate = { ach_title_keywords?: unknown; level?: unknown };

const parseLine = (file: string, line: string, lineNo: number): CcfNeed => {
  const where = `${file}:${lineNo}`;
  const raw = JSON.parse(line) as RawLine;
  if (typeof raw.rid !== 'string' || typeof raw.req_title !== 'string' || !Array.isArray(raw.candidates)) {
    throw new Error(`${where}: expected rid, req_title and candidates`);
  }
  const needId = raw.rid;
  const candidates = (raw.candidates as RawCandidate[]).map((c, i): CcfCandidate => {
    if (typeof c.ach_title_keywords !== 'string' || typeof c.level !== 'number' || c.level < 1 || c.level > 4) {
      throw new Error(`${where}: candidate ${i} needs ach_title_keywords and a level 1–4`);
    }
    return {
      id: `${needId}#${String(i).padStart(3, '0')}`,
      keywords: c.ach_title_keywords,
      terms: c.ach_title_keywords.split(/\s+/).filter((t) => t !== ''),
      level: c.level,
    };
  });
  return { id: needId, title: raw.req_title, text: typeof raw.req_content === 'string' ? raw.req_content : '', candidates };
};

/** Every need of the set, in file order; a clear error when the shared data is not there. */
export const loadCcfNeeds = (file = CCF_FILE): CcfNeed[] => {
  if (!existsSync(file)) {
    throw new Error(`matching bench: the CCF needs–achievements set is missing at ${file}; it lives in ../shared/benchmarks/ next to the project (see its README).`);
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, lineNo]) => parseLine(file, line, lineNo));
};
