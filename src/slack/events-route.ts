import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../adapters/logger.ts';
import type { Route } from '../http/server.ts';
import { readBody, singleHeader, verifySlackSignature, type RequestRefusal } from './request-verification.ts';

/** Where Slack posts events, commands and interactivity in HTTP mode. */
export const slackEventsPath = '/slack/events';

/** A sane cap on a Slack request body: the largest real payloads (a full modal's state) are tens of kilobytes. */
export const defaultBodyLimit = 1024 * 1024;

/** What the events route needs. */
export interface SlackEventsRouteOptions {
  readonly signingSecret: string;
  /** Largest body accepted, in bytes. */
  readonly bodyLimit: number;
  /** Milliseconds since the epoch, for the timestamp check. */
  readonly now: () => number;
  /** Bolt's HTTPReceiver.requestListener: it parses, checks the signature again and dispatches. */
  readonly requestListener: (req: IncomingMessage, res: ServerResponse) => void;
  readonly logger: Logger;
}

function refuse(res: ServerResponse, refusal: RequestRefusal): void {
  res.writeHead(refusal.status, { 'content-type': 'application/json', ...(refusal.status === 413 ? { connection: 'close' } : {}) });
  res.end(JSON.stringify({ error: refusal.status === 413 ? 'request body too large' : 'invalid request signature' }));
}

/**
 * POST /slack/events on the shared server. Every request is size-checked (413) and its signature
 * and timestamp verified (401) before anything runs; only then does Bolt's real HTTPReceiver see it.
 * Bolt re-verifies the signature (defence in depth); this route adds the future-timestamp check
 * and a 413 that does not depend on Bolt's own body reading.
 */
export function slackEventsRoute(options: SlackEventsRouteOptions): Route {
  return {
    method: 'POST',
    path: slackEventsPath,
    async handle(req, res) {
      const read = await readBody(req, options.bodyLimit);
      if (!read.ok) {
        options.logger.warn({ status: read.refusal.status, reason: read.refusal.reason }, 'slack request refused');
        refuse(res, read.refusal);
        return;
      }
      const refusal = verifySlackSignature({
        signingSecret: options.signingSecret,
        body: read.body,
        signature: singleHeader(req, 'x-slack-signature'),
        timestamp: singleHeader(req, 'x-slack-request-timestamp'),
        nowMs: options.now(),
      });
      if (refusal) {
        options.logger.warn({ status: refusal.status, reason: refusal.reason }, 'slack request refused');
        refuse(res, refusal);
        return;
      }
      // Bolt uses `rawBody` when it is already there instead of reading the (consumed) stream again.
      Object.assign(req, { rawBody: read.body });
      options.requestListener(req, res);
    },
  };
}
