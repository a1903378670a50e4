// One step of the process route as the form holds it (strings, as inputs do). A plain module, not
// a client one, so server pages can build initial values with it.
export interface StepValues {
  processCode: string;
  materialCode: string;
  toleranceUm: string;
  sizeMm: string;
  quantity: string;
  notes: string;
}

export const emptyStep = (): StepValues => ({ processCode: "", materialCode: "", toleranceUm: "", sizeMm: "", quantity: "", notes: "" });
