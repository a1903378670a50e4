// Called first thing when a server process starts (instrumentation.ts). An invalid setting stops
// the process with exit code 1 and the message naming the setting, so a misconfigured deployment
// fails its start instead of staying up and answering 500 to every request. `next build` is left
// alone: its environment need not hold the production secrets.
import { env } from "./env";

export function stopOnInvalidConfiguration(exit: (code: number) => void = (code) => process.exit(code)): void {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    env();
  } catch (error) {
    console.error(`[config] ${(error as Error).message}\n[config] The server stops: fix the configuration and start it again.`);
    exit(1);
  }
}
