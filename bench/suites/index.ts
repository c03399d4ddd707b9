import type { BenchSuite } from '../harness/types';
import { registrySuite } from './registry';
import { storageSuite } from './storage';

/** Every suite `npm run bench -- <name>` can run; add a new one here. */
export const SUITES: readonly BenchSuite[] = [storageSuite, registrySuite];
