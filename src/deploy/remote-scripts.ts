/**
 * The shell the deployer runs on a host (POSIX sh, coreutils, systemd-run): receiving contents,
 * starting an activation in its transient unit, following its events, answering it. Plain shell
 * on purpose: each Node start on a small host costs a fifth of a second, and these steps only move
 * files and read lines; the agent does everything that decides.
 */
import { activationUnit, agentPath, agentsDir, deployRunDir, incomingDir, storeDir } from "./layout.ts";
import { shellQuote } from "./ssh.ts";

const json = (o: object) => shellQuote(JSON.stringify(o));

/**
 * Unpacks a tar of contents named by their sha256 into a private incoming/ folder; only if every
 * content matches its name does any of them enter the store. The agent is linked where Node runs it.
 */
export function receiveScript(agentSha: string): string {
  return `umask 077
mkdir -p ${storeDir} ${agentsDir} ${incomingDir}
d=$(mktemp -d ${incomingDir}/XXXXXXXX)
tar -x -f - -C "$d" --no-same-owner || { rm -rf "$d"; exit 5; }
if ! (cd "$d" && for f in *; do [ -e "$f" ] && printf '%s  %s\\n' "$f" "$f"; done | sha256sum -c --quiet --strict >&2); then
  rm -rf "$d"; echo "received contents do not match their sha256" >&2; exit 5
fi
for f in "$d"/*; do [ -e "$f" ] && mv -f "$f" ${storeDir}/; done
rmdir "$d"
[ -e ${agentPath(agentSha)} ] || ln -f ${storeDir}/${agentSha} ${agentPath(agentSha)}
`;
}

/** Event types after which an activation has ended. */
const finals = ["confirmed", "up-to-date", "rolled-back", "rollback-failed", "refused"];
/** Event types after which nothing more happens until the deployer answers (or ever). */
export const pauses = ["awaiting-confirmation", ...finals];

/**
 * Prints the activation's events from line `$from` on as they come, until one of `stopAt`; exits
 * 4 with a `died` event when the activation's unit is gone without one (the agent was killed).
 * The events file is read through one open descriptor with the shell's own `read`: while waiting,
 * the loop costs a `sleep` every 50 ms and a look at the unit every second.
 */
export function followScript(deployId: string, stopAt: readonly string[], timeoutSeconds: number): string {
  const events = `${deployRunDir}/${deployId}/events`;
  const died = json({
    type: "died",
    reason: "the activation ended without finishing: the agent was killed or crashed",
  });
  const late = json({ type: "died", reason: `the activation did not end within ${timeoutSeconds} s` });
  const stops = stopAt.map((t) => `*'"type":"${t}"'*`).join("|");
  return `tick=0; gone=0
wait_a_little() {
  tick=$((tick + 1))
  if [ $((tick % 20)) -eq 0 ]; then
    if systemctl is-active --quiet ${activationUnit}; then gone=0; else gone=$((gone + 1)); fi
    [ $gone -ge 2 ] && { echo ${died}; exit 4; }
  fi
  [ $tick -gt ${timeoutSeconds * 20} ] && { echo ${late}; exit 4; }
  sleep 0.05
}
while [ ! -f ${events} ]; do wait_a_little; done
exec 3< ${events}
skip=\${from:-0}
while [ "$skip" -gt 0 ] && IFS= read -r line <&3; do skip=$((skip - 1)); done
part=""
while :; do
  if IFS= read -r line <&3; then
    line="$part$line"; part=""
    printf '%s\n' "$line"
    case "$line" in ${stops}) exit 0 ;; esac
  else
    part="$part$line"
    wait_a_little
  fi
done
`;
}

/**
 * Starts `agent activate` in the transient unit (it outlives the SSH connection), then follows it
 * until it waits for confirmation or ends. The unit's name is a lock systemd enforces: while
 * another activation runs, systemd-run refuses; one that is just ending gets three seconds to go.
 */
export function activateScript(agentSha: string, deployId: string, args: readonly string[]): string {
  const busy = json({
    type: "refused",
    busy: true,
    reason: `another deploy is activating on this host (${activationUnit} is running)`,
  });
  return `tries=30
until err=$(systemd-run --unit=${activationUnit} --collect --quiet --service-type=exec --description=${shellQuote(`hearth activation ${deployId}`)} --property=TimeoutStopSec=60 -- node ${agentPath(agentSha)} ${args.map(shellQuote).join(" ")} 2>&1); do
  case "$err" in *already*) ;; *) echo "$err" >&2; exit 3 ;; esac
  tries=$((tries - 1))
  [ $tries -le 0 ] && { echo ${busy}; exit 3; }
  sleep 0.1
done
${followScript(deployId, pauses, 900)}`;
}

/**
 * The deployer's answer to an activation waiting for it: `confirm` (the agent runs the health
 * checks once more, then keeps the generation) or `reject` (it rolls back now); then the end.
 */
export function answerScript(
  deployId: string,
  answer: { confirm: true } | { confirm: false; reason: string },
): string {
  const dir = `${deployRunDir}/${deployId}`;
  const missing = json({ type: "died", reason: `there is no activation ${deployId} on this host` });
  const write = answer.confirm
    ? `: > ${dir}/confirm`
    : `printf '%s' ${shellQuote(answer.reason)} > ${dir}/reject`;
  return `[ -f ${dir}/events ] || { echo ${missing}; exit 4; }
from=$(wc -l < ${dir}/events)
${write}
${followScript(deployId, finals, 120)}`;
}

/** The events of an activation so far and whether its unit still runs (after a lost connection). */
export function statusScript(deployId: string): string {
  const events = `${deployRunDir}/${deployId}/events`;
  return `if systemctl is-active --quiet ${activationUnit}; then echo running; else echo ended; fi
[ -f ${events} ] && cat ${events}
exit 0
`;
}
