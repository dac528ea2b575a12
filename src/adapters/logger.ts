import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Structured JSON logs. Personal data stays out: messages, names, question text and form answers
 * are never logged; ids (request, Slack/Teams user ids) and outcomes are.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'policy-desk' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          'text',
          'question',
          'answers',
          '*.text',
          '*.question',
          '*.answers',
          'req.headers.authorization',
          'req.headers.cookie',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
