import { workerHighsSolver } from './highsSolver';
import type { PlanRequest } from './protocol';
import { servePlan } from './servePlan';

self.addEventListener('message', (event: MessageEvent<PlanRequest>) => {
  void servePlan(event.data, (reply) => self.postMessage(reply), { solver: workerHighsSolver });
});
