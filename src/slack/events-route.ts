import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../adapters/logger.ts';
import { readBody } from '../http/read-body.ts';
import type { Route } from '../http/server.ts';
import { isSslCheck, type RequestRefusal, singleHeader, verifySlackSignature } from './request-verification.ts';

/** Where Slack posts events, commands and interactivity in HTTP mode. */
export const slackEventsPath = '/slack/events';

/** A sane cap on a Slack request body: the largest real payloads (a full modal's state) are tens of kilobytes. */
export const defaultBodyLimit = 1024 * 1024;

/** What the events route needs. */
export interface SlackEventsRouteOptions {
  readonly signingSecret: string;
  /** Largest body accepted, in bytes. */
  readonly bodyLimit: number;
  /** How long a body may take to arrive in full before 408 (default 10 s). */
  readonly bodyTimeoutMs?: number;
  /** Milliseconds since the epoch, for the timestamp check. */
  readonly now: () => number;
  /** Bolt's HTTPReceiver.requestListener: it parses, checks the signature again and dispatches. */
  readonly requestListener: (req: IncomingMessage, res: ServerResponse) => void;
  readonly logger: Logger;
}

const refusalText: Readonly<Record<RequestRefusal['status'], string>> = {
  400: 'request body incomplete',
  401: 'invalid request signature',
  408: 'request body incomplete: it stopped arriving before Content-Length bytes',
  413: 'request body too large',
};

function refuse(res: ServerResponse, refusal: RequestRefusal): void {
  // A body that was cut short or is still arriving leaves the connection unusable: close it.
  const close = refusal.status !== 401;
  res.writeHead(refusal.status, { 'content-type': 'application/json', ...(close ? { connection: 'close' } : {}) });
  res.end(JSON.stringify({ error: refusalText[refusal.status] }));
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
      const read = await readBody(req, {
        limit: options.bodyLimit,
        ...(options.bodyTimeoutMs ? { timeoutMs: options.bodyTimeoutMs } : {}),
      });
      if (!read.ok) {
        options.logger.warn({ status: read.status, reason: read.reason }, 'slack request refused');
        refuse(res, read);
        return;
      }
      if (isSslCheck(singleHeader(req, 'content-type'), read.body)) {
        res.writeHead(200, { 'content-type': 'text/plain' }).end();
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
