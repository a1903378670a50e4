// The matching library: a pure scorer and group composer (no database, no Next.js).
export { bestGroupWithFirm, relativeGap, shortlistFirmIds, suggestAfterShortlist, suggestGroups, suggestSubstitutes } from "./compose";
export { explainFirm, stepSlotDays, type FirmExplanation } from "./feasibility";
export { DEFAULT_WEIGHTS, TERM_KEYS, resolveWeights } from "./weights";
export { solveSetCover } from "./set-cover/solve";
export { MAX_STANDING_SUGGESTIONS, suggestStandingGroups, type StandingGroupInput, type StandingResult, type StandingSuggestion } from "./standing";
export type * from "./types";
