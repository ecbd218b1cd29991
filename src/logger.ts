import pino, { Logger } from 'pino';

export type { Logger };

/**
 * JSON, one line an event. Secrets never reach a log line: the paths below are masked wherever they
 * appear, and the graph logs Cypher parameters only at debug level.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'av-exchange-graph' },
      redact: {
        paths: ['password', '*.password', 'authorization', '*.authorization', 'req.headers.authorization', 'token', '*.token'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
