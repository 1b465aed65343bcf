/**
 * Mistakes the module system cannot see and the realiser reports: every problem at once, each
 * naming the option and the file and line of its definition.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { GenerationError } from "../../src/host/index.ts";
import type { Module } from "../../src/modules/index.ts";
import * as m from "./fixtures/mistakes.ts";
import { realiseHost } from "./helpers.ts";

const fixture = fileURLToPath(new URL("./fixtures/mistakes.ts", import.meta.url));
const at = (text: string) =>
  `test/host/fixtures/mistakes.ts:${
    readFileSync(fixture, "utf8")
      .split("\n")
      .findIndex((l) => l.includes(text)) + 1
  }`;

function problems(...modules: Module[]): string[] {
  try {
    realiseHost(modules);
  } catch (e) {
    if (e instanceof GenerationError) return [...e.problems];
    throw e;
  }
  assert.fail("the host realised without problems");
}

const has = (list: string[], ...parts: string[]) =>
  assert.ok(
    list.some((p) => parts.every((x) => p.includes(x))),
    `no problem mentions ${parts.join(" and ")}:\n${list.join("\n")}`,
  );

describe("realiser errors", () => {
  test("two options writing one path name both, with their lines", () => {
    const list = problems(m.fileTwice);
    has(
      list,
      "`secrets.token.path'",
      `(${at('path: "/etc/app/token"')})`,
      "`/etc/app/token' is also written by `files.\"/etc/app/token\"'",
      `(${at('"/etc/app/token": { text')})`,
    );
  });

  test("a unit naming a user or group nobody declares", () => {
    const list = problems(m.missingUser);
    has(
      list,
      "`systemd.services.app.Service.User'",
      `(${at('User: "appuser"')})`,
      "no user `appuser' is declared",
    );
    has(list, "`systemd.services.app.Service.SupplementaryGroups'", "no group `media' is declared");
  });

  test("a file with text and source", () => {
    has(
      problems(m.textAndSource),
      '`files."/etc/app.conf"\'',
      "not `text` and `source`",
      at("/etc/app.conf"),
    );
  });

  test("a file inside a path that is a file", () => {
    has(problems(m.fileInsideFile), "`/etc/app/conf' is inside `/etc/app', which is a file");
  });

  test("two users with one uid", () => {
    has(problems(m.sameUid), "`users.bob.uid'", "uid 1500 is also the uid of `alice'", at("bob:"));
  });

  test("a unit keyed with its suffix", () => {
    has(problems(m.unitWithSuffix), '`systemd.services."app.service"\'', "hearth adds .service");
  });

  test("a template naming a secret the host does not have, and a template named like a secret", () => {
    const list = problems(m.templateMistakes);
    has(
      list,
      '`secretTemplates."app/config".content\'',
      `(${at("app/pasword")})`,
      "the placeholder for `app/pasword' names no secret of testhost (secrets: app/password)",
    );
    has(list, '`secretTemplates."app/password"\'', "is also the name of a secret");
  });

  test("every problem is reported, not only the first", () => {
    const list = problems(m.fileTwice, m.missingUser, m.sameUid);
    assert.ok(list.length >= 4, list.join("\n"));
  });
});
