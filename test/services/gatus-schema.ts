/**
 * A JSON Schema of Gatus' configuration, written from its documentation (github.com/TwiN/gatus,
 * README: Configuration, Endpoints, Conditions, Storage, UI, Alerting > ntfy, default alert): the
 * fields hearth writes and their rules. Gatus itself is not packaged by Debian; it refuses unknown
 * condition placeholders and URL schemes at start, which the schema refuses too.
 */

const duration = { type: "string", pattern: "^([0-9]+(ns|us|ms|s|m|h))+$" };
const placeholder =
  "\\[(STATUS|RESPONSE_TIME|IP|BODY[^\\]]*|CONNECTED|CERTIFICATE_EXPIRATION|DOMAIN_EXPIRATION|DNS_RCODE)\\]";
const operand = `(${placeholder}|(len|has)\\(${placeholder}\\))`;

const alert = {
  type: "object",
  additionalProperties: false,
  required: ["type"],
  properties: {
    type: {
      enum: ["ntfy", "pushover", "discord", "slack", "email", "custom", "teams", "telegram", "matrix"],
    },
    enabled: { type: "boolean" },
    "failure-threshold": { type: "integer", minimum: 1 },
    "success-threshold": { type: "integer", minimum: 1 },
    "send-on-resolved": { type: "boolean" },
    description: { type: "string" },
  },
};

const endpoint = {
  type: "object",
  additionalProperties: false,
  required: ["name", "url", "conditions"],
  properties: {
    enabled: { type: "boolean" },
    name: { type: "string", minLength: 1 },
    group: { type: "string" },
    url: { type: "string", pattern: "^(https?|tcp|udp|sctp|icmp|dns|starttls|tls|wss?|ssh)://[^\\s/]+" },
    method: { enum: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] },
    conditions: {
      type: "array",
      minItems: 1,
      items: { type: "string", pattern: `^${operand} (==|!=|<=|>=|<|>) \\S.*$` },
    },
    interval: duration,
    alerts: { type: "array", items: alert },
  },
};

export const gatusSchema = {
  $id: "gatus-config",
  type: "object",
  additionalProperties: false,
  required: ["endpoints"],
  properties: {
    metrics: { type: "boolean" },
    storage: {
      type: "object",
      additionalProperties: false,
      properties: {
        type: { enum: ["memory", "sqlite", "postgres"] },
        path: { type: "string", minLength: 1 },
        caching: { type: "boolean" },
      },
      // sqlite and postgres need a path
      anyOf: [{ required: ["path"] }, { not: { properties: { type: { enum: ["sqlite", "postgres"] } } } }],
    },
    ui: {
      type: "object",
      additionalProperties: false,
      properties: {
        title: { type: "string" },
        description: { type: "string" },
        header: { type: "string" },
        logo: { type: "string" },
        link: { type: "string" },
        "dark-mode": { type: "boolean" },
      },
    },
    alerting: {
      type: "object",
      additionalProperties: false,
      properties: {
        ntfy: {
          type: "object",
          additionalProperties: false,
          required: ["topic"],
          properties: {
            topic: { type: "string", minLength: 1 },
            url: { type: "string", pattern: "^https?://" },
            token: { type: "string" },
            priority: { type: "integer", minimum: 1, maximum: 5 },
            "default-alert": {
              type: "object",
              additionalProperties: false,
              properties: {
                enabled: { type: "boolean" },
                "failure-threshold": { type: "integer", minimum: 1 },
                "success-threshold": { type: "integer", minimum: 1 },
                "send-on-resolved": { type: "boolean" },
                description: { type: "string" },
              },
            },
          },
        },
      },
    },
    endpoints: { type: "array", items: endpoint },
  },
};
