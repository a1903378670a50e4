// Fills the standard agreement's placeholders from the job. Pure, so the text is tested alone.
export interface NdaFacts {
  buyer: string;
  job: string;
  retentionDays: number;
}

export function fillNda(template: string, facts: NdaFacts): string {
  const values: Record<string, string> = { buyer: facts.buyer, job: facts.job, retentionDays: String(facts.retentionDays) };
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
