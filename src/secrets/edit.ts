/**
 * `edit`: decrypt to a private temporary file, let the user's editor change it, and encrypt it
 * again with the same data key (unchanged values keep their ciphertext) — only if it changed.
 * The plaintext file never outlives the edit (see private-temp.ts).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { encryptTree } from "./encrypt.ts";
import { openBytes, resave, type SecretsOptions, storeForFile } from "./open.ts";
import type { CreationOptions } from "./creation.ts";
import { inFile, inFileAsync, SecretsError } from "./errors.ts";
import type { Format } from "./formats/index.ts";
import { readFileBytes, writeFileAtomic } from "./fs-util.ts";
import { withPrivateTempDir } from "./private-temp.ts";
import type { OpenedFile } from "./sops-file.ts";
import type { Branch } from "./tree.ts";

export interface EditOptions extends SecretsOptions, CreationOptions {
  /** Editor command; default `$SOPS_EDITOR`, `$EDITOR`, then `vi`. Run by /bin/sh with the file appended. */
  editor?: string;
  /** Asked when the edited text does not parse: true reopens the editor, false gives up. */
  retry?: (error: Error) => boolean | Promise<boolean>;
  /** Where the temporary plaintext goes (default /dev/shm, else the OS temp folder). */
  tempRoot?: string;
}

export interface EditResult {
  changed: boolean;
  created: boolean;
}

const NEW_FILE_TEXT: Record<Format, string> = {
  yaml: "# New secrets file: write keys and values, e.g.\n# db_password: change-me\n",
  json: "{\n}\n",
  dotenv: "# New secrets file: KEY=value lines\n",
  ini: "; New secrets file: [section] and key = value lines\n",
  binary: "",
};

function editorCommand(options: EditOptions): string {
  const env = options.env ?? process.env;
  return options.editor ?? env.SOPS_EDITOR ?? env.EDITOR ?? "vi";
}

function runEditor(
  command: string,
  file: string,
  env: NodeJS.ProcessEnv,
  started: (child: ChildProcess) => void,
): Promise<void> {
  return new Promise((done, fail) => {
    // exec: the editor replaces the shell, so its exit status and signals reach hearth directly
    const child = spawn("/bin/sh", ["-c", `exec ${command} "$1"`, "sh", file], { stdio: "inherit", env });
    started(child);
    child.on("error", (e) => fail(new SecretsError(`cannot start the editor '${command}': ${e.message}`)));
    child.on("exit", (code, signal) => {
      if (code === 0) return done();
      const how = signal ? `was killed by ${signal}` : `exited with status ${code}`;
      fail(new SecretsError(`the editor '${command}' ${how}; nothing was changed`));
    });
  });
}

export async function editFile(path: string, options: EditOptions = {}): Promise<EditResult> {
  const file = resolve(options.cwd ?? ".", path);
  const store = storeForFile(file, options);
  const created = !existsSync(file);
  const opened: OpenedFile | undefined = created
    ? undefined
    : await inFileAsync(path, () => openBytes(readFileBytes(file), store, options));
  const before = opened ? store.emitPlain(opened.plain) : Buffer.from(NEW_FILE_TEXT[store.format], "utf8");
  let editor: ChildProcess | undefined;
  const stopEditor = () => void editor?.kill("SIGTERM");
  return withPrivateTempDir(
    async (dir) => {
      const temp = join(dir, basename(file));
      writeFileSync(temp, before, { mode: 0o600, flag: "wx" });
      for (;;) {
        await runEditor(editorCommand(options), temp, options.env ?? process.env, (child) => {
          editor = child;
        });
        const after = readFileSync(temp);
        if (Buffer.from(before).equals(after)) return { changed: false, created };
        let documents: Branch[];
        try {
          documents = inFile(path, () => store.parsePlain(after));
          if (store.hasMetadata(documents))
            throw new SecretsError("the edited file must not contain a 'sops' key", path);
        } catch (e) {
          if (options.retry && (await options.retry(e as Error))) continue;
          throw e;
        }
        const encrypted = opened
          ? inFile(path, () => resave(opened, documents))
          : await encryptTree(documents, { ...options, file, format: store.format });
        writeFileAtomic(file, encrypted);
        return { changed: true, created };
      }
    },
    { root: options.tempRoot, onInterrupt: stopEditor },
  );
}
