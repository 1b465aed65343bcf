/**
 * `checks`: health checks a deploy must see pass before it confirms a generation (and that
 * monitoring can reuse): a unit is active, a TCP port accepts connections, an HTTP URL answers
 * with a status (and a body containing a text). Each check sets exactly one of `unit`, `tcp`,
 * `http`.
 */
import { defineModule, mkOption, types } from "../modules/index.ts";

const checkType = types.submodule({
  options: {
    unit: mkOption({
      type: types.nullOr(types.str),
      default: null,
      description: "A unit that must be active (`jellyfin.service`).",
    }),
    tcp: mkOption({
      type: types.nullOr(
        types.submodule({
          options: {
            host: mkOption({ type: types.str, default: "127.0.0.1", description: "Address to connect to." }),
            port: mkOption({ type: types.port, description: "Port that must accept a connection." }),
          },
        }),
      ),
      default: null,
      description: "A TCP port that must accept connections.",
    }),
    http: mkOption({
      type: types.nullOr(
        types.submodule({
          options: {
            url: mkOption({ type: types.str, description: "The URL to request (GET)." }),
            status: mkOption({
              type: types.ints.between(100, 599),
              default: 200,
              description: "Expected status.",
            }),
            body: mkOption({
              type: types.nullOr(types.str),
              default: null,
              description: "Text the response body must contain.",
            }),
          },
        }),
      ),
      default: null,
      description: "An HTTP URL that must answer as expected.",
    }),
    timeoutSeconds: mkOption({
      type: types.ints.positive,
      default: 30,
      description: "How long the deploy waits for the check to pass.",
    }),
  },
});

const options = {
  checks: mkOption({
    type: types.attrsOf(checkType),
    default: {},
    example: { jellyfin: { http: { url: "http://127.0.0.1:8096/health", body: "Healthy" } } },
    description: "Health checks, by name, that must pass after a deploy.",
  }),
};

declare module "../modules/typing.ts" {
  interface Modules {
    "host/checks": typeof options;
  }
}

export const checksModule = defineModule({ options });
