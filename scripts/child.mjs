// A command run as this process's child, and ended with it. A signal for us (SIGINT, SIGTERM) is passed
// on to the child. A parent killed with SIGKILL passes nothing on, but we are then re-parented, which
// changes our ppid: the child gets SIGTERM, so that nothing outlives the command that started it.
import { spawn } from "node:child_process";
import { constants } from "node:os";

const FORWARDED = ["SIGINT", "SIGTERM"];
// how often to look at our parent: a stop that follows a SIGKILL within a quarter of a second
const PARENT_CHECK_MS = 250;

/** Runs `command` with our stdio and resolves with its exit `{ code, signal }`. */
export function runChild(command, args, options = {}) {
  const child = spawn(command, args, { stdio: "inherit", ...options });
  const forward = (signal) => child.kill(signal);
  for (const signal of FORWARDED) process.on(signal, forward);
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    child.kill("SIGTERM");
  }, PARENT_CHECK_MS);
  return new Promise((resolve, reject) => {
    const done = () => {
      clearInterval(watch);
      for (const signal of FORWARDED) process.off(signal, forward);
    };
    child.once("error", (error) => (done(), reject(error)));
    child.once("exit", (code, signal) => (done(), resolve({ code, signal })));
  });
}

/** Exits as the child did: its code, or 128 + the signal's number (the shell's convention). */
export const exitLike = ({ code, signal }) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
