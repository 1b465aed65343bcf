// A word for a POSIX shell script the lab generates (lego's, Caddy's accounts): single-quoted, so
// nothing in it is expanded.
export const shellQuote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
