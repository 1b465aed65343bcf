/** The unit files of a host and their manifest entries, from `systemd.*`. */
import { escapePath, renderUnitFile, type SectionValues, UnitValueError } from "../render/unit-file.ts";
import { unitKinds } from "../systemd.ts";
import { installSection, unitSection } from "../unit-sections.ts";
import type { GenerationFile, ManifestUnit } from "./manifest.ts";
import { sha256 } from "./manifest.ts";
import type { Problems } from "./problems.ts";

const unitName = /^[A-Za-z0-9:_.\\@-]+$/;
const unitSuffix = /\.(service|timer|socket|path|mount|target|slice|scope|device|swap|automount)$/;

export interface UnitView {
  readonly enable: boolean;
  readonly dropIn: boolean;
  readonly restartTriggers: readonly string[];
  readonly reloadTriggers: readonly string[];
  readonly restartIfChanged: boolean;
  readonly stopIfRemoved: boolean;
  readonly Unit: Readonly<Record<string, unknown>>;
  readonly Install: Readonly<Record<string, unknown>> & {
    readonly WantedBy: readonly string[];
    readonly RequiredBy: readonly string[];
  };
  readonly [section: string]: unknown;
}

/** Every enabled unit, by kind, with its unit name and option path. */
export function* enabledUnits(
  systemd: Readonly<Record<string, Readonly<Record<string, UnitView>>>>,
): Generator<{ kind: (typeof unitKinds)[number]; key: string; name: string; unit: UnitView; at: string[] }> {
  for (const kind of unitKinds) {
    for (const [key, unit] of Object.entries(systemd[kind.option] ?? {})) {
      if (!unit.enable) continue;
      const base = kind.option === "mounts" ? escapePath(key) : key;
      yield { kind, key, name: `${base}.${kind.suffix}`, unit, at: ["systemd", kind.option, key] };
    }
  }
}

const triggerHash = (triggers: readonly string[]) =>
  triggers.length === 0 ? null : sha256(JSON.stringify(triggers));

export function realiseUnits(
  systemd: Readonly<Record<string, Readonly<Record<string, UnitView>>>>,
  problems: Problems,
): { files: GenerationFile[]; units: ManifestUnit[] } {
  const files: GenerationFile[] = [];
  const units: ManifestUnit[] = [];
  for (const { kind, key, name, unit, at } of enabledUnits(systemd)) {
    if (kind.option === "mounts" ? !key.startsWith("/") : !unitName.test(key) || unitSuffix.test(key)) {
      problems.add(
        at,
        kind.option === "mounts"
          ? "a mount unit is keyed by its absolute mount point"
          : `\`${key}' is not a unit name without suffix (letters, digits, ":_.\\@-"; hearth adds .${kind.suffix})`,
      );
      continue;
    }
    const sections: SectionValues[] = [{ name: "Unit", section: unitSection, values: unit.Unit }];
    if (kind.section) {
      sections.push({
        name: kind.section,
        section: kind.spec,
        values: unit[kind.section] as Record<string, unknown>,
        ...(kind.option === "mounts" ? { lead: [`Where=${key}`] } : {}),
      });
    }
    sections.push({ name: "Install", section: installSection, values: unit.Install });
    let text: string;
    try {
      text = renderUnitFile(sections);
    } catch (e) {
      if (!(e instanceof UnitValueError)) throw e;
      problems.add([...at, e.section, e.directive], e.message);
      continue;
    }
    const file = unit.dropIn ? `units/${name}.d/hearth.conf` : `units/${name}`;
    const content = Buffer.from(text);
    files.push({ path: file, content, mode: "0644", user: "root", group: "root" });
    units.push({
      name,
      file,
      sha256: sha256(content),
      dropIn: unit.dropIn,
      wantedBy: [...unit.Install.WantedBy],
      requiredBy: [...unit.Install.RequiredBy],
      restartTriggers: triggerHash(unit.restartTriggers),
      reloadTriggers: triggerHash(unit.reloadTriggers),
      restartIfChanged: unit.restartIfChanged,
      stopIfRemoved: unit.stopIfRemoved,
    });
  }
  return { files, units };
}
