import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScheduleInstance } from '../../shared/scheduling/types';
import { b2bInstance } from './dzn';

/**
 * The published B2B meeting-scheduling instances (Bofill et al., JAIR 2022)
 * in ../shared/benchmarks/b2b-scheduling/, see its README. Read in place at
 * run time; never copied into the project.
 */
export const B2B_DIR = fileURLToPath(new URL('../../../shared/benchmarks/b2b-scheduling/', import.meta.url));

const missing = (what: string, where: string): Error =>
  new Error(`scheduling bench: the B2B ${what} is missing at ${where}; it lives in ../shared/benchmarks/ next to the project (see its README).`);

export type NamedInstance = { name: string; instance: ScheduleInstance };

/** Every `.dzn` of the folder, by name (`forum-13.original`, …). */
export const loadB2bInstances = (dir = B2B_DIR): NamedInstance[] => {
  if (!existsSync(dir)) throw missing('scheduling set', dir);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.dzn'))
    .sort()
    .map((f) => ({ name: f.replace(/\.dzn$/, ''), instance: b2bInstance(readFileSync(path.join(dir, f), 'utf8'), f) }));
};

/** The paper's result for one instance under the fairness bound max − min breaks ≤ 2. */
export type BestKnown = {
  /** The optimal total breaks; `null` = proven infeasible (the CSV's `-`). */
  optimum: number | null;
  /** Seconds the best exact solver (MaxSAT, 3.1 GHz Xeon) took. */
  solverSeconds: number;
  /** Which table of the paper and which solver. */
  source: string;
};

/** `best-known-d2.csv`, keyed by instance name. */
export const loadBestKnown = (file = path.join(B2B_DIR, 'best-known-d2.csv')): Map<string, BestKnown> => {
  if (!existsSync(file)) throw missing('best-known results file', file);
  const [header, ...lines] = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (!header?.startsWith('instance,best_obj_d2')) throw new Error(`${file}: expected the header instance,best_obj_d2,…, got “${header ?? ''}”`);
  const known = new Map<string, BestKnown>();
  lines.forEach((line, k) => {
    const [name = '', best = '', seconds = '', source = ''] = line.split(',').map((c) => c.trim());
    const where = `${file}:${k + 2}`;
    const optimum = best === '-' ? null : Number(best);
    if (optimum !== null && !(Number.isInteger(optimum) && optimum >= 0)) throw new Error(`${where}: best_obj_d2 should be a whole number or -, got “${best}”`);
    if (!Number.isFinite(Number(seconds)) || seconds === '') throw new Error(`${where}: MaxSAT_time_s should be a number, got “${seconds}”`);
    if (known.has(name)) throw new Error(`${where}: ${name} is listed twice`);
    known.set(name, { optimum, solverSeconds: Number(seconds), source });
  });
  return known;
};
