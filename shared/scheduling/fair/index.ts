/**
 * The fair's records meet the scheduler: the instance built from them, the
 * floor of placed meetings, the move check, the reasons for what is not
 * placed, and the comparison of a new plan with the current one.
 */
export { fairInstance, isMovable, adHocRequestId, AD_HOC_PREFIX, PRIORITY_WEIGHT, type FairInstance, type FairRecords, type RequestScope } from './instance';
export { createMoveCheck, occupiesSeat, type FloorMeeting, type MoveCheck, type MoveLabels, type MoveVerdict } from './moveCheck';
export { floorMeetings, floorAsPlan } from './floor';
export { explainUnplaced, type Unplaced } from './unplaced';
export { comparePlans, type PlanComparison, type PlanFigures } from './comparePlans';
