// The capacity API's OpenAPI description (public: it describes, it reveals no data).
import { CAPACITY_OPENAPI } from "@/lib/capacity/openapi";

export const dynamic = "force-static";

export function GET() {
  return Response.json(CAPACITY_OPENAPI);
}
