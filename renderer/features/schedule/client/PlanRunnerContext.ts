import { createContext, useContext } from 'react';
import { workerPlanRunner, type PlanRunner } from './planRunner';

/** The app plans in a web worker; component tests hand in the in-thread runner. */
export const PlanRunnerContext = createContext<PlanRunner>(workerPlanRunner);

export const usePlanRunner = (): PlanRunner => useContext(PlanRunnerContext);
