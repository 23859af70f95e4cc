/** How much the client logs; each level includes the ones before it. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Where log lines go: `console`, pino, winston ... A level it lacks is skipped. Lines never carry the access token or the body. */
export interface Logger {
  error?(message: string, details?: object): unknown;
  warn?(message: string, details?: object): unknown;
  info?(message: string, details?: object): unknown;
  debug?(message: string, details?: object): unknown;
}

export const LOG_LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

const ignore = () => {};

/**
 * A log function that drops lines above `level` and redacts the rest. Logging can never fail a call: a
 * message may already be delivered when we log, and an exception here would make the caller send it again.
 * So a missing method is skipped, and a logger that throws (or rejects, if async) is ignored.
 */
export function makeLog(logger: Logger, level: LogLevel, redact: (text: string) => string) {
  const max = LOG_LEVELS.indexOf(level);
  return (at: Exclude<LogLevel, "off">, message: string, details?: object) => {
    if (LOG_LEVELS.indexOf(at) <= max)
      try {
        (logger[at]?.(redact(`[linkcard] ${message}`), details) as Promise<unknown> | undefined)?.catch?.(ignore);
      } catch {}
  };
}
