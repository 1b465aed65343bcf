// A small YAML writer for the configuration files hearth generates (lists, maps, strings, numbers,
// booleans): block style, keys in the order given, a string quoted (JSON's way, which YAML reads)
// whenever it could read as something else. The lab depends on nothing but hearth.

type Value = string | number | boolean | null | readonly Value[] | { readonly [key: string]: Value };

const plain = /^[A-Za-z0-9_./][A-Za-z0-9 _./@()'+:?=&%,-]*$/;
const special = /^(true|false|yes|no|on|off|null|~|y|n|[-+]?[0-9.]+(e[-+]?[0-9]+)?)$/i;

function scalar(v: string | number | boolean | null): string {
  if (typeof v !== "string") return String(v);
  const readsAsText = plain.test(v) && !special.test(v) && !/: |:$| $/.test(v);
  return readsAsText ? v : JSON.stringify(v);
}

const isMap = (v: Value): v is { readonly [key: string]: Value } =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function lines(v: Value, indent: string): string[] {
  if (Array.isArray(v)) {
    if (v.length === 0) return [`${indent}[]`];
    return v.flatMap((item: Value) => {
      const [first, ...rest] = lines(item, `${indent}  `);
      return [`${indent}- ${first!.trimStart()}`, ...rest];
    });
  }
  if (isMap(v)) {
    const keys = Object.keys(v);
    if (keys.length === 0) return [`${indent}{}`];
    return keys.flatMap((k) => {
      const item = v[k]!;
      const key = `${indent}${scalar(k)}:`;
      const nested =
        (Array.isArray(item) && item.length > 0) || (isMap(item) && Object.keys(item).length > 0);
      return nested ? [key, ...lines(item, `${indent}  `)] : [`${key} ${lines(item, "")[0]}`];
    });
  }
  return [`${indent}${scalar(v as string | number | boolean | null)}`];
}

/** The YAML document of `value`, ending with a newline. */
export function toYaml(value: Value): string {
  return `${lines(value, "").join("\n")}\n`;
}

export type { Value as YamlValue };
