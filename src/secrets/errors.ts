/**
 * An error the user can act on (bad file, wrong key, tampering). `userFacing` makes the CLI
 * print the message and exit 1 instead of reporting a bug (see src/cli/main.ts); the secrets
 * layer cannot import the CLI's UserError because inner layers never import outer ones.
 */
export class SecretsError extends Error {
  override name = "SecretsError";
  readonly userFacing = true;

  constructor(
    message: string,
    /** The file the error is about, when there is one. */
    readonly file?: string,
  ) {
    super(file ? `${file}: ${message}` : message);
  }
}

/** Adds the file name to errors that lack one (errors from deep inside a parser or the walk). */
export function inFile<T>(file: string | undefined, run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw withFile(e, file);
  }
}

export async function inFileAsync<T>(file: string | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw withFile(e, file);
  }
}

function withFile(e: unknown, file: string | undefined): unknown {
  if (!file) return e;
  if (e instanceof SecretsError) return e.file ? e : new SecretsError(e.message, file);
  return e;
}
