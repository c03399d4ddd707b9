import type { BenchSuite } from '../harness/types';
import { storageSuite } from './storage';

/** Every suite `npm run bench -- <name>` can run; add a new one here. */
export const SUITES: readonly BenchSuite[] = [storageSuite];
