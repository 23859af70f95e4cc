/** How much the client logs; each level includes the ones before it. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Where log lines go: `console`, pino, winston ... Lines never carry the access token or the body. */
export interface Logger {
  error(message: string, details?: object): void;
  warn(message: string, details?: object): void;
  info(message: string, details?: object): void;
  debug(message: string, details?: object): void;
}

export const LOG_LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

/** A log function that drops lines above `level`. */
export function makeLog(logger: Logger, level: LogLevel) {
  const max = LOG_LEVELS.indexOf(level);
  return (at: Exclude<LogLevel, "off">, message: string, details?: object) => {
    if (LOG_LEVELS.indexOf(at) <= max) logger[at](`[linkcard] ${message}`, details);
  };
}
