// The app's links: next/link, without prefetching a route when its link scrolls into view.
// Every page is rendered per request (its CSP nonce) and none has a loading.js boundary, so a
// prefetch brings only the root layout again, yet it is a request the server renders and a payload
// the phone decodes: a buyer's start page asked for 13 of them while it loaded, and their decoding
// made some of its longest tasks (docs/decisions/031-phone-blocking-time.md). A click fetches the
// page as it would have anyway. Pass `prefetch` to a link that should prefetch.
import NextLink from "next/link";
import type { ComponentProps } from "react";

export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
