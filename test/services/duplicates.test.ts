/**
 * No two app modules repeat each other: what apps share lives in lab/lib. Two checks: this
 * machine's `duplicates` command over lab/modules (when it is installed), which must find no
 * repetition between two app modules beyond the boilerplate shape every mkService call has; and a
 * check of our own, everywhere: no run of six lines of one app module stands, to the letter, in
 * another.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, test } from "node:test";
import { repoRoot } from "./helpers.ts";

const applications = join(repoRoot, "lab", "modules", "applications");
const minLines = 6;

function appModules(): string[] {
  return readdirSync(applications, { withFileTypes: true })
    .filter((c) => c.isDirectory())
    .flatMap((c) =>
      readdirSync(join(applications, c.name), { withFileTypes: true })
        .filter((a) => a.isDirectory())
        .map((a) => join(applications, c.name, a.name, "index.ts")),
    );
}

/** Lines that say something (not blank, not a lone bracket, not an import of the shared library). */
const meaningful = (line: string) => {
  const t = line.trim();
  return t !== "" && !/^[\])}{;,(]+$/.test(t) && !t.startsWith("import ");
};

/** Every run of `minLines` meaningful lines of a file, as text, with its first line number. */
function runs(file: string): Map<string, number> {
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter((l) => meaningful(l.text));
  const out = new Map<string, number>();
  for (let i = 0; i + minLines <= lines.length; i++) {
    out.set(
      lines
        .slice(i, i + minLines)
        .map((l) => l.text)
        .join("\n"),
      lines[i]!.line,
    );
  }
  return out;
}

describe("app modules do not repeat each other", () => {
  const files = appModules();

  test("there are at least 16 app modules, in the eight categories", () => {
    assert.ok(files.length >= 16, `${files.length}`);
    assert.equal(new Set(files.map((f) => relative(applications, f).split("/")[0])).size, 8);
  });

  test("no app module imports a provider (swapping one never touches an app)", () => {
    const importing = files.filter((f) => /from "[^"]*\/providers\//.test(readFileSync(f, "utf8")));
    assert.deepEqual(
      importing.map((f) => relative(repoRoot, f)),
      [],
    );
  });

  test(`no ${minLines} lines of one app module stand in another`, () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const file of files) {
      for (const [run, line] of runs(file)) {
        const other = seen.get(run);
        if (other && !other.startsWith(`${relative(repoRoot, file)}:`)) {
          repeated.push(`${relative(repoRoot, file)}:${line} repeats ${other}:\n${run}`);
        }
        seen.set(run, `${relative(repoRoot, file)}:${line}`);
      }
    }
    assert.deepEqual(repeated, []);
  });

  const tool = spawnSync("sh", ["-c", "command -v duplicates"]).status === 0;
  test("`duplicates --repo lab/modules` finds no repetition between two app modules", {
    skip: tool ? false : "the `duplicates` command is not installed here (the check above still runs)",
  }, () => {
    const r = spawnSync(
      "duplicates",
      ["--repo", "lab/modules", "--min-lines", String(minLines), "--most", "200"],
      {
        cwd: repoRoot,
        encoding: "utf8",
      },
    );
    assert.equal(r.status, 0, r.stderr);
    const rows = r.stdout.split("\n").filter((l) => /^D\d+ /.test(l));
    // Both sides app modules, and more than the shape every mkService call shares.
    const between = rows.filter((l) => (l.match(/applications\//g) ?? []).length === 2);
    assert.deepEqual(
      between.filter((l) => !/ shape boilerplate/.test(l)),
      [],
      `app modules repeating each other:\n${between.join("\n")}`,
    );
    assert.doesNotMatch(r.stdout, /incomplete:/);
  });
});
