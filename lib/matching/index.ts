// The matching library: a pure scorer and group composer (no database, no Next.js).
export { shortlistFirmIds, suggestGroups } from "./compose";
export { explainFirm, stepSlotDays, type FirmExplanation } from "./feasibility";
export { DEFAULT_WEIGHTS, TERM_KEYS, resolveWeights } from "./weights";
export { solveSetCover } from "./set-cover/solve";
export type * from "./types";
