// Mistakes in what a lab module asks of the library: hearth prints them as configuration errors
// (exit 1, no stack), like the module system's own.
import { type OptionInfo, type SourceLocation, showOrigin } from "hearth";

export class LabError extends Error {
  readonly userFacing = true;
  override name = "LabError";
}

/** `file:line` of a call (relative to the lab), for messages. */
export const where = (location: SourceLocation) =>
  showOrigin({ module: { file: location.file, location }, path: [] });

/**
 * Where an option was set: the modules defining it (a host file), else the module declaring it.
 * Module locations only: finding the exact line parses the file, which is for messages about one
 * option (`hearth explain`), not for every want of every host.
 */
export function optionSites(info: OptionInfo): string[] {
  // The option's default is defined by its declaration.
  const set = info.definitionsWithLocations.filter((d) => d.from.declaration !== true);
  return [
    ...new Set(
      (set.length > 0 ? set : info.declarations).map((d) => showOrigin({ module: d.from.module, path: [] })),
    ),
  ];
}
