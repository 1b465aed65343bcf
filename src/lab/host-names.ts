/** Messages about host names, shared by every command that takes one. */
import { closest, didYouMean } from "../modules/show.ts";

/** A host name the lab does not have: the nearest names, then every host. */
export function noSuchHost(name: string, hosts: readonly string[]): string {
  const near = closest(name, hosts).map((h) => `\`${h}'`);
  return `There is no host \`${name}' in this lab.${didYouMean(near)} Hosts: ${hosts.join(", ") || "(none)"}.`;
}
