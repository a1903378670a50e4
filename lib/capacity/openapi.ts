// The OpenAPI description of the capacity endpoint, served by the app at /api/capacity/openapi.json.
import { CAPACITY_LEVELS, MAX_WEEK_PIECES } from "./schema";
import { MAX_ITEMS, REQUESTS_PER_MINUTE } from "./api-limits";

const cell = {
  type: "object",
  required: ["weekStart", "level", "pieces", "stale"],
  properties: {
    weekStart: { type: "string", format: "date", description: "Monday of the week (Tokyo calendar)" },
    level: { type: ["string", "null"], enum: [...CAPACITY_LEVELS, null], description: "OPEN = 空きあり, SOME = 少し, NONE = なし, PIECES = a number of free pieces; null = not declared" },
    pieces: { type: ["integer", "null"] },
    stale: { type: "boolean", description: "declared more than four weeks ago: counts as unknown" },
  },
};

export const CAPACITY_OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "Free capacity (空き状況) API",
    version: "1",
    description: `Read and write your firm's free capacity per process and week, for this week and the next eleven. Authenticate with an API token created by your firm's admin (Authorization: Bearer kjc_…). At most ${REQUESTS_PER_MINUTE} requests per token per minute (429 with Retry-After beyond). Declarations older than four weeks count as unknown.`,
  },
  servers: [{ url: "/" }],
  components: { securitySchemes: { token: { type: "http", scheme: "bearer" } } },
  security: [{ token: [] }],
  paths: {
    "/api/capacity": {
      get: {
        summary: "The firm's twelve weeks per process",
        responses: {
          "200": {
            description: "The calendar",
            content: { "application/json": { schema: { type: "object", properties: { firmId: { type: "string", format: "uuid" }, weeks: { type: "array", items: { type: "string", format: "date" } }, processes: { type: "array", items: { type: "object", properties: { processCode: { type: "string" }, monthlyCapacity: { type: "integer" }, weeks: { type: "array", items: cell } } } }, lastDeclaredAt: { type: ["string", "null"], format: "date-time" } } } } },
          },
          "401": { description: "No token, an unknown or revoked token, or a firm that is not verified" },
          "429": { description: "Rate limit reached" },
        },
      },
      put: {
        summary: "Declare weeks (all or none are saved)",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["declarations"],
                properties: {
                  declarations: {
                    type: "array", minItems: 1, maxItems: MAX_ITEMS,
                    items: { type: "object", required: ["processCode", "weekStart", "level"], properties: { processCode: { type: "string", example: "turning" }, weekStart: { type: "string", format: "date", description: "a Monday within the twelve weeks" }, level: { type: "string", enum: [...CAPACITY_LEVELS] }, pieces: { type: "integer", minimum: 0, maximum: MAX_WEEK_PIECES, description: "required with PIECES" } } },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": { description: "Saved declarations" },
          "400": { description: "A declaration is invalid (message in ja and en); nothing was saved" },
          "401": { description: "No token, an unknown or revoked token, or a firm that is not verified" },
          "429": { description: "Rate limit reached" },
        },
      },
    },
  },
} as const;
