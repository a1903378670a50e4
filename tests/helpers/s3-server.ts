// A real S3-compatible server for tests: s3rver runs in this process, speaks the S3 HTTP API
// and keeps objects in a temporary folder. It checks the access key id (not SigV4 signatures).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export interface TestS3Server {
  /** A STORAGE_URL for the server's bucket. */
  storageUrl: string;
  stop(): Promise<void>;
}

export async function startS3Server(buckets: string[] = ["kyodo-test"]): Promise<TestS3Server> {
  const directory = mkdtempSync(path.join(tmpdir(), "kj-s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: buckets.map((name) => ({ name })) });
  const { port } = (await server.run()) as { port: number };
  return {
    // s3rver's fixed credentials.
    storageUrl: `http://S3RVER:S3RVER@127.0.0.1:${port}/${buckets[0]}`,
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
