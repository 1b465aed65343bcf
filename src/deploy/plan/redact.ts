/**
 * What a plan never prints: secrets are shown by name only (their values exist only on the host),
 * and in the diffs of ordinary files, the value of anything that looks like a credential
 * (`password = …`, `token: …`, `Authorization: Bearer …`, a private key block) is replaced.
 */

const credential =
  /^(\s*[-+ ]?\s*(?:export\s+)?["']?[\w.-]*(?:pass(?:word|wd)?|secret|token|api[_-]?key|private[_-]?key|credentials?|auth(?:orization)?)[\w.-]*["']?\s*[=:]\s*)(.+)$/i;
const keyBlock = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

export const redacted = "<redacted>";

/** The text with credential values replaced, line by line; a private key block is dropped whole. */
export function redact(text: string): string {
  let inKey = false;
  return text
    .split("\n")
    .map((line) => {
      if (keyBlock.test(line)) {
        inKey = !/-----END [A-Z ]*PRIVATE KEY-----/.test(line);
        return line.replace(/-----BEGIN[\s\S]*/, `${redacted} (private key)`);
      }
      if (inKey) {
        if (/-----END [A-Z ]*PRIVATE KEY-----/.test(line)) inKey = false;
        return null;
      }
      const m = credential.exec(line);
      return m ? `${m[1]}${redacted}` : line;
    })
    .filter((l) => l !== null)
    .join("\n");
}
