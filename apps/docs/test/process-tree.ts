// The processes below a pid, from /proc on Linux (always there, unlike `ps` on a slim image), else `ps`.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

export interface Proc {
  pid: number;
  ppid: number;
  /** A zombie has exited; only its parent's wait is missing, and the OS's init will do that. */
  zombie: boolean;
  command: string;
}

function all(): Proc[] {
  if (!existsSync("/proc/self/stat")) {
    const lines = execFileSync("ps", ["-A", "-o", "pid=,ppid=,stat=,args="], { encoding: "utf8" }).trim().split("\n");
    return lines.map((line) => {
      const [pid, ppid, stat, ...args] = line.trim().split(/\s+/);
      return { pid: Number(pid), ppid: Number(ppid), zombie: stat!.startsWith("Z"), command: args.join(" ") };
    });
  }
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        // pid (comm) state ppid ...: comm may hold spaces and parentheses, so read after the last ")"
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
        return [{ pid: Number(pid), ppid: Number(ppid), zombie: state === "Z", command }];
      } catch {
        return []; // it exited while we looked
      }
    });
}

/** `pid` and every process below it, parents before children. */
export function processTree(pid: number): Proc[] {
  const procs = all();
  const tree = procs.filter((p) => p.pid === pid);
  for (let i = 0; i < tree.length; i++) tree.push(...procs.filter((p) => p.ppid === tree[i]!.pid));
  return tree;
}

/** Whether a process has not exited (a zombie has). */
export function running(pid: number): boolean {
  return all().some((p) => p.pid === pid && !p.zombie);
}
