// STORAGE_URL names an S3-compatible bucket. Two forms:
//   s3://BUCKET[/PREFIX]?region=ap-northeast-1              AWS S3; credentials from the usual
//                                                            AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
//   https://KEY:SECRET@HOST[:PORT]/BUCKET[/PREFIX][?region=auto]
//                                                            any S3-compatible service (R2, MinIO,
//                                                            Sakura, Wasabi…), path-style addressing
// Keys and secrets in the URL are percent-encoded like any URL user info.
export interface BucketLocation {
  bucket: string;
  /** Key prefix inside the bucket, "" or ending in "/". */
  prefix: string;
  region: string;
  /** Service endpoint; undefined means AWS's own endpoint for the region. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export function parseStorageUrl(raw: string): BucketLocation {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error("STORAGE_URL must be s3://bucket[/prefix] or https://key:secret@host/bucket[/prefix]");
  }
  const region = url.searchParams.get("region") ?? (url.protocol === "s3:" ? "ap-northeast-1" : "auto");
  const credentials =
    url.username || url.password
      ? { accessKeyId: decodeURIComponent(url.username), secretAccessKey: decodeURIComponent(url.password) }
      : undefined;
  let bucket: string;
  let rest: string[];
  let endpoint: string | undefined;
  if (url.protocol === "s3:") {
    bucket = url.hostname;
    rest = url.pathname.split("/").filter(Boolean);
  } else if (url.protocol === "https:" || url.protocol === "http:") {
    [bucket = "", ...rest] = url.pathname.split("/").filter(Boolean);
    endpoint = `${url.protocol}//${url.host}`;
  } else {
    throw new Error("STORAGE_URL must start with s3://, https:// or http://");
  }
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw new Error("STORAGE_URL names no valid bucket");
  return { bucket, prefix: rest.length ? `${rest.join("/")}/` : "", region, endpoint, credentials };
}

/** The URL without credentials, for logs and readiness output. */
export function describeBucket(location: BucketLocation): string {
  return `${location.endpoint ?? "s3"}/${location.bucket}/${location.prefix}`;
}
