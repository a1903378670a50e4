// Weighted set cover with a certified lower bound: the public surface of this folder.
export type { SetCoverInstance } from "./instance";
export { rowColumns } from "./instance";
export { formatOrLibrary, parseOrLibrary } from "./orlib-format";
export { solveSetCover, type SetCoverResult, type SolveOptions } from "./solve";
