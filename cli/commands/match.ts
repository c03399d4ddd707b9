import {
  DOMAIN_DICTIONARY,
  DOMAIN_SYNONYMS,
  MAX_DESCRIPTION,
  candidatesSchema,
  keywordWords,
  createAnalyzer,
  createMatcher,
  parseMatchRecords,
  type InputProblem,
  type MatchDoc,
} from '../../shared/matching';
import { integerOption, parseCommandArgs } from '../args';
import { CLI_NAME, UsageError, type Command } from '../command';
import { readJson, writeText } from '../json';
import { jiebaSegmenter } from '../segmenter';

const USAGE = `Usage / 用法:  ${CLI_NAME} match --needs <needs.json> --achievements <achievements.json>
                    [--top <n>] [--candidates <cand.json>] [--out <result.json>]

Ranks, for every need, the achievements that can serve it (BM25F over the texts
plus field and cooperation-mode signals), each with its reasons.
为每项需求给出可对接的成果排序（文本 BM25F 加领域、合作方式等信号），并附推荐理由。

Input / 输入:  JSON arrays of { "id", "title", "description"?, "keywords"?, "field"?, "cooperationModes"? }
               (descriptions up to ${MAX_DESCRIPTION.toLocaleString('en')} characters)
cand.json:     { "<needId>": ["<achievementId>", …] } — re-rank only these; a need
               without an entry gets none / 仅对所列候选重新排序
Output / 输出: { "results": { "<needId>": [ { "achievementId", "score", "reasons" } ] } }, best first

Options / 选项:
  --needs <file>          the needs / 需求文件
  --achievements <file>   the achievements / 成果文件
  --top <n>               at most n per need (default: all that share a word;
                          with --candidates, all candidates) / 每项需求最多 n 条
  --candidates <file>     re-rank these candidates only / 仅重排候选
  -o, --out <file>        write here instead of standard output / 写入该文件
  -h, --help              show this help / 显示本帮助`;

/** Six decimals keep the JSON readable; the order was decided on the full score. */
const rounded = (score: number): number => Math.round(score * 1e6) / 1e6;

const problemError = (path: string, p: InputProblem): UsageError => {
  const file = path;
  const where = p.index === undefined ? '' : ` record ${p.index + 1}${p.id === undefined ? '' : ` (id "${p.id}")`}`;
  const whereZh = p.index === undefined ? '' : ` 第${p.index + 1}条记录${p.id === undefined ? '' : `（id “${p.id}”）`}`;
  const field = p.field === undefined ? '' : ` field "${p.field}"`;
  const fieldZh = p.field === undefined ? '' : ` 字段 ${p.field}`;
  return new UsageError(`match: ${file}${where}${field} ${p.en}`, `match：${file}${whereZh}${fieldZh}：${p.zh}`);
};

const readRecords = (path: string): MatchDoc[] => {
  const parsed = parseMatchRecords(readJson('match', path));
  if (!parsed.ok) throw problemError(path, parsed.problem);
  return parsed.records;
};

const readCandidates = (path: string): Record<string, string[]> => {
  const parsed = candidatesSchema.safeParse(readJson('match', path));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = issue?.path[0];
  if (key === undefined) throw problemError(path, { en: 'must be an object of need id → achievement ids', zh: '应为“需求 id → 成果 id 数组”的对象' });
  throw problemError(path, { field: String(key), en: 'must be an array of achievement ids', zh: '应为成果 id 组成的数组' });
};

const required = (value: string | undefined, option: string): string => {
  if (value === undefined || value.trim() === '') throw new UsageError(`match: ${option} <file> is required`, `match：缺少 ${option} <文件>`);
  return value;
};

export const matchCommand: Command = {
  name: 'match',
  summary: { en: 'Rank achievements for each need, with reasons', zh: '为每项需求推荐成果并给出理由' },
  usage: USAGE,
  run(args, io) {
    const options = parseCommandArgs('match', args, {
      needs: { type: 'string' },
      achievements: { type: 'string' },
      top: { type: 'string' },
      candidates: { type: 'string' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    });
    if (options.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const needsPath = required(options.needs, '--needs');
    const achievementsPath = required(options.achievements, '--achievements');
    const top = options.top === undefined ? undefined : integerOption('match', '--top', options.top);
    if (top !== undefined && top < 1) throw new UsageError(`match: --top must be at least 1, got ${top}`, `match：--top 至少为 1，当前为 ${top}`);
    const needs = readRecords(needsPath);
    const achievements = readRecords(achievementsPath);
    const candidates = options.candidates === undefined ? undefined : readCandidates(options.candidates);

    const dictionary = [...new Set([...DOMAIN_DICTIONARY, ...DOMAIN_SYNONYMS.flat(), ...keywordWords(needs), ...keywordWords(achievements)])];
    const analyzer = createAnalyzer({ segment: jiebaSegmenter(dictionary), dictionary, synonyms: DOMAIN_SYNONYMS });
    const matcher = createMatcher(analyzer);
    matcher.add(achievements);

    const results: Record<string, { achievementId: string; score: number; reasons: string[] }[]> = {};
    for (const need of needs) {
      const rankOptions = { top, candidates: candidates === undefined ? undefined : (candidates[need.id] ?? []) };
      results[need.id] = matcher.rank(need, rankOptions).map((s) => ({ achievementId: s.id, score: rounded(s.score), reasons: s.reasons }));
    }
    const json = `${JSON.stringify({ results }, null, 2)}\n`;
    if (options.out === undefined) {
      io.stdout(json);
      return 0;
    }
    writeText('match', options.out, json);
    io.stdout(`match: wrote ${options.out}: ${needs.length} needs ranked against ${achievements.length} achievements / 已为${needs.length}项需求排序${achievements.length}项成果\n`);
    return 0;
  },
};
