// Ordering for generated files: by code unit, the same on every machine (locale collation would
// differ between machines, and starting ICU costs a tenth of a second).
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
