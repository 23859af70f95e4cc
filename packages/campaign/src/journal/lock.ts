import lockfile from "proper-lockfile";
import { JournalLockedError } from "../errors.js";

/** A held journal lock. */
export interface JournalLock {
  /** Set once the lock was lost (its folder removed or taken over): the run must stop sending. */
  readonly compromised: Error | undefined;
  release(): Promise<void>;
}

/**
 * Locks `<journal>.lock` (proper-lockfile: an atomic mkdir whose mtime the holder refreshes, so a crashed
 * run's lock goes stale after `staleMs` and the next run takes it without anyone cleaning up).
 */
export async function lockJournal(path: string, staleMs: number, onLost: (error: Error) => void): Promise<JournalLock> {
  let compromised: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(path, {
      realpath: false,
      stale: staleMs,
      retries: 0,
      onCompromised: (error) => {
        compromised = error;
        onLost(error);
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "ELOCKED")
      throw new JournalLockedError(
        `${path} is in use by another run (its lock is ${path}.lock). Wait for it to finish; if it crashed, the lock frees itself within ${Math.round(staleMs / 1000)} s.`,
      );
    throw error;
  }
  return {
    get compromised() {
      return compromised;
    },
    release: async () => {
      if (!compromised) await release().catch(() => {});
    },
  };
}

/** Whether a live run holds the journal's lock. */
export const isJournalLocked = (path: string, staleMs: number): Promise<boolean> => lockfile.check(path, { realpath: false, stale: staleMs });
