import type { BenchSuite } from '../harness/types';
import { bundlesSuite } from './bundles';
import { eventDaySuite } from './eventDay';
import { matchingSuite } from './matching';
import { registrySuite } from './registry';
import { scheduleGridSuite } from './scheduleGrid';
import { schedulingSuite } from './scheduling';
import { storageSuite } from './storage';
import { syncSuite } from './sync';

/** Every suite `npm run bench -- <name>` can run; add a new one here. */
export const SUITES: readonly BenchSuite[] = [storageSuite, registrySuite, matchingSuite, schedulingSuite, scheduleGridSuite, eventDaySuite, syncSuite, bundlesSuite];
