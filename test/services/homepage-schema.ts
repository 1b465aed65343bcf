/**
 * JSON Schemas of Homepage's configuration files, written from its documentation
 * (gethomepage.dev: docs/configs/services.md, settings.md, bookmarks.md): the fields it reads, and
 * nothing else (a misspelt field would be ignored by Homepage without a word).
 */

/** A map with exactly one key (Homepage's groups, services and bookmarks are written so). */
const single = (value: object) => ({
  type: "object",
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: value,
});

const url = { type: "string", pattern: "^(https?://|/)" };

const service = {
  type: "object",
  additionalProperties: false,
  properties: {
    href: url,
    description: { type: "string" },
    icon: { type: "string", minLength: 1 },
    siteMonitor: url,
    ping: { type: "string" },
    server: { type: "string" },
    container: { type: "string" },
    showStats: { type: "boolean" },
    statusStyle: { enum: ["dot", "basic"] },
    target: { enum: ["_blank", "_self", "_top"] },
    weight: { type: "integer" },
    id: { type: "string" },
    widget: { type: "object", required: ["type"] },
    widgets: { type: "array", items: { type: "object", required: ["type"] } },
  },
};

export const servicesSchema = {
  $id: "homepage-services",
  type: "array",
  items: single({
    type: "array",
    // A service, or a nested group (a name and its own list).
    items: single({ anyOf: [service, { $ref: "homepage-services#/items/additionalProperties" }] }),
  }),
};

const layoutGroup = {
  type: "object",
  properties: {
    style: { enum: ["row", "column"] },
    columns: { type: "integer", minimum: 1 },
    iconsOnly: { type: "boolean" },
    header: { type: "boolean" },
    icon: { type: "string" },
    tab: { type: "string" },
    initiallyCollapsed: { type: "boolean" },
    useEqualHeights: { type: "boolean" },
  },
  // Nested groups are laid out under their parent's name.
  additionalProperties: { type: "object" },
};

const colors = [
  "slate",
  "gray",
  "zinc",
  "neutral",
  "stone",
  "amber",
  "yellow",
  "lime",
  "green",
  "emerald",
  "teal",
].concat(["cyan", "sky", "blue", "indigo", "violet", "purple", "fuchsia", "pink", "rose", "red", "white"]);

export const settingsSchema = {
  $id: "homepage-settings",
  type: "object",
  additionalProperties: false,
  properties: {
    title: { type: "string" },
    description: { type: "string" },
    startUrl: { type: "string" },
    background: { anyOf: [{ type: "string" }, { type: "object" }] },
    cardBlur: { type: "string" },
    favicon: { type: "string" },
    theme: { enum: ["dark", "light"] },
    color: { enum: colors },
    layout: { anyOf: [{ type: "object", additionalProperties: layoutGroup }, { type: "array" }] },
    iconStyle: { enum: ["gradient", "theme"] },
    bookmarksStyle: { enum: ["icons"] },
    fullWidth: { type: "boolean" },
    maxGroupColumns: { type: "integer", minimum: 5, maximum: 8 },
    maxBookmarkGroupColumns: { type: "integer", maximum: 8 },
    disableCollapse: { type: "boolean" },
    groupsInitiallyCollapsed: { type: "boolean" },
    useEqualHeights: { type: "boolean" },
    headerStyle: { enum: ["underlined", "boxed", "clean", "boxedWidgets"] },
    base: url,
    language: { type: "string" },
    target: { enum: ["_blank", "_self", "_top"] },
    providers: { type: "object" },
    quicklaunch: { type: "object" },
    hideVersion: { type: "boolean" },
    disableUpdateCheck: { type: "boolean" },
    logpath: { type: "string" },
    showStats: { type: "boolean" },
    statusStyle: { enum: ["dot", "basic"] },
    instanceName: { type: "string" },
    hideErrors: { type: "boolean" },
  },
};

export const bookmarksSchema = {
  $id: "homepage-bookmarks",
  type: "array",
  items: single({
    type: "array",
    items: single({
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["href"],
        properties: {
          abbr: { type: "string" },
          icon: { type: "string" },
          href: url,
          description: { type: "string" },
          keywords: { type: "array", items: { type: "string" } },
          target: { enum: ["_blank", "_self", "_top"] },
        },
      },
    }),
  }),
};
