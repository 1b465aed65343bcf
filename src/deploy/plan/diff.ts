/**
 * A unified diff of two texts (what `diff -u` prints, without the file header), for the plan's
 * changed files. Longest common subsequence over lines; texts too large for that get a summary.
 */

const context = 3;
const maxCells = 4_000_000;

type Op = { kind: " " | "-" | "+"; line: string; a: number; b: number };

function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

function operations(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j] = length of the LCS of a[i..] and b[j..], one flat row-major table
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ kind: " ", line: a[i++]!, a: i, b: ++j });
    // deletions before insertions, as diff prints them
    else if (i < n && (j === m || lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!))
      ops.push({ kind: "-", line: a[i++]!, a: i, b: j });
    else ops.push({ kind: "+", line: b[j++]!, a: i, b: j });
  }
  return ops;
}

/** `@@ -l,s +l,s @@` hunks with three lines of context; "" when the texts are equal. */
export function unifiedDiff(before: string, after: string): string {
  const a = splitLines(before);
  const b = splitLines(after);
  if ((a.length + 1) * (b.length + 1) > maxCells) {
    return `@@ ${a.length} lines → ${b.length} lines (too large to show line by line) @@\n`;
  }
  const ops = operations(a, b);
  const changed = ops.map((o, k) => (o.kind !== " " ? k : -1)).filter((k) => k >= 0);
  if (changed.length === 0) return "";
  let out = "";
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - context);
    let end = changed[k]!;
    while (k < changed.length && changed[k]! - end <= 2 * context) end = changed[k++]!;
    const stop = Math.min(ops.length, end + context + 1);
    const hunk = ops.slice(start, stop);
    const aStart = hunk.find((o) => o.kind !== "+")?.a ?? hunk[0]!.a;
    const bStart = hunk.find((o) => o.kind !== "-")?.b ?? hunk[0]!.b;
    const aLen = hunk.filter((o) => o.kind !== "+").length;
    const bLen = hunk.filter((o) => o.kind !== "-").length;
    out += `@@ -${aStart}${aLen === 1 ? "" : `,${aLen}`} +${bStart}${bLen === 1 ? "" : `,${bLen}`} @@\n`;
    for (const o of hunk) out += `${o.kind}${o.line}\n`;
  }
  return out;
}
