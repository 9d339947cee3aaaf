/**
 * One namespaced logger for the whole widget. It prints only when the element's `debug`
 * attribute is set: a widget must not write into a host page's console on its own.
 */
export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
  /** A logger for a sub-area, e.g. `miptech-chat:socket`. */
  child(area: string): Logger;
}

export interface LogSink {
  debug(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

export function createLogger(namespace: string, isEnabled: () => boolean, sink: LogSink = console): Logger {
  const prefix = `[${namespace}]`;
  const at =
    (level: keyof LogSink) =>
    (message: string, ...details: unknown[]) => {
      if (isEnabled()) sink[level](prefix, message, ...details);
    };
  return {
    debug: at('debug'),
    warn: at('warn'),
    error: at('error'),
    child: (area) => createLogger(`${namespace}:${area}`, isEnabled, sink),
  };
}

/** A logger that never prints, for code built without a host element (and for tests). */
export const silentLogger: Logger = createLogger('miptech-chat', () => false);
