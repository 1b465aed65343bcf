// A value computed on first use and kept (a rendered file read by its file and by the unit that
// restarts on its change; one evaluation per host, so one value per host).
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
