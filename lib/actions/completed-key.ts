// The SQL that completes a claimed submission key (lib/actions/one-time-key.ts) inside another
// write. Apart from one-time-key.ts, which is server-only, because a composer thread writes a
// suggestion run's record, and completes the refresh's key, itself (lib/matching-pool/worker.ts).

/** What runOnce stores for a run that returns nothing: encodeResult(null). */
const NO_RESULT = JSON.stringify({ value: null });

/** A data-modifying CTE completing a claimed key with no result, for a run's own last statement
 *  (RunOnceOptions.completesKey): `WITH …, ${completedKeyCte(…)}` with the placeholders of the user
 *  id, the key and the time. */
export const completedKeyCte = (userId: string, key: string, at: string) =>
  `completed_key AS (UPDATE "SubmissionKey" SET "completedAt" = ${at}::timestamptz, result = '${NO_RESULT}'::jsonb
     WHERE "userId" = ${userId}::uuid AND key = ${key} AND "completedAt" IS NULL)`;
