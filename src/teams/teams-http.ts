import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type Activity,
  CloudAdapter,
  type ConfigurationBotFrameworkAuthentication,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../adapters/logger.ts';
import { PolicyDeskError } from '../core/errors.ts';
import { readBody } from '../http/read-body.ts';
import type { Route } from '../http/server.ts';

/** Bot Framework activities are small; anything bigger is refused before it is parsed. */
export const maxActivityBytes = 512 * 1024;

type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/** A request whose token did not check out: answered 401, and nothing runs. */
export class TeamsAuthenticationError extends PolicyDeskError {
  constructor(cause: unknown) {
    super(
      'policy_desk_unauthenticated',
      `Teams request not authenticated: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'TeamsAuthenticationError';
  }
}

/** An authenticated activity from a channel this bot does not serve (Web Chat, Direct Line…). */
export class UnsupportedChannelError extends PolicyDeskError {
  constructor(readonly channelId: string) {
    super('policy_desk_invalid_input', `unsupported channel ${channelId}`);
    this.name = 'UnsupportedChannelError';
  }
}

/**
 * The botbuilder CloudAdapter, with authentication as its own step: `CloudAdapter.process` answers
 * 500 (and writes to the console) when jsonwebtoken rejects a token with a plain error (an HS256
 * token naming a real key id, a bad signature), where every failed check must be a 401 and nothing
 * may run. Authentication itself is botbuilder's, unchanged.
 */
export class TeamsCloudAdapter extends CloudAdapter {
  /**
   * Authenticates the activity's token (any failure throws TeamsAuthenticationError), checks the
   * channel is one served (else UnsupportedChannelError), then runs the turn.
   */
  async processAuthenticated(
    authHeader: string,
    activity: Activity,
    channels: readonly string[],
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    let auth: AuthenticateRequestResult;
    try {
      auth = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    } catch (error) {
      throw new TeamsAuthenticationError(error);
    }
    if (!channels.includes(activity.channelId)) throw new UnsupportedChannelError(activity.channelId);
    return this.processActivity(auth, activity, logic);
  }
}

const account = z.looseObject({ id: z.string().min(1).max(300) });

/** The shape an activity must have before botbuilder sees it. */
export const activitySchema = z
  .looseObject({
    type: z.string().min(1).max(100),
    id: z.string().max(300).optional(),
    channelId: z.string().min(1).max(100),
    serviceUrl: z.url({ protocol: /^https?$/ }).max(2000),
    from: account,
    recipient: account,
    conversation: account,
    timestamp: z.string().optional(),
    localTimestamp: z.string().optional(),
    expiration: z.string().optional(),
  })
  .transform((activity) => {
    // What CloudAdapter.process does (validateAndFixActivity): keep the raw strings, give botbuilder Dates.
    const fixed: Record<string, unknown> = { ...activity };
    for (const [field, raw] of [
      ['timestamp', 'rawTimestamp'],
      ['localTimestamp', 'rawLocalTimestamp'],
      ['expiration', 'rawExpiration'],
    ] as const) {
      if (typeof activity[field] === 'string') {
        fixed[raw] = activity[field];
        fixed[field] = new Date(activity[field]);
      }
    }
    return fixed as unknown as Activity;
  });

/**
 * Reads the activity's JSON body with the shared reader (413 over `limit` bytes, 408 when it stops
 * arriving within `timeoutMs`, 400 when cut off), then parses it (400 when it is not JSON).
 */
async function readJsonBody(
  req: IncomingMessage,
  limit: number,
  timeoutMs: number | undefined,
): Promise<{ ok: true; value: unknown } | { ok: false; status: number; message: string }> {
  const read = await readBody(req, { limit, ...(timeoutMs ? { timeoutMs } : {}) });
  if (!read.ok)
    return {
      ok: false,
      status: read.status,
      message: read.status === 413 ? `activity larger than ${limit} bytes` : read.reason,
    };
  try {
    return { ok: true, value: JSON.parse(read.body.toString('utf8')) };
  } catch {
    return { ok: false, status: 400, message: 'body is not JSON' };
  }
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

/**
 * `POST /api/messages`: body read and checked, token authenticated by botbuilder, then the bot runs
 * and the invoke response (if any) is returned. A failed check answers 401 before anything runs.
 */
export function messagesRoute(options: {
  readonly adapter: TeamsCloudAdapter;
  readonly run: (context: TurnContext) => Promise<void>;
  /** Channels served: `msteams`, plus `emulator` in local mode. */
  readonly channels: readonly string[];
  readonly logger: Logger;
  /** How long a body may take to arrive in full before 408 (default 10 s). */
  readonly bodyTimeoutMs?: number;
}): Route {
  return {
    method: 'POST',
    path: '/api/messages',
    async handle(req, res) {
      const body = await readJsonBody(req, maxActivityBytes, options.bodyTimeoutMs);
      if (!body.ok) {
        // A body cut short or too big leaves the connection unusable: close it.
        res.setHeader('connection', 'close');
        send(res, body.status, { error: body.message });
        return;
      }
      const parsed = activitySchema.safeParse(body.value);
      if (!parsed.success) {
        send(res, 400, { error: 'not a Bot Framework activity' });
        return;
      }
      const activity = parsed.data;
      const header = req.headers.authorization ?? '';
      try {
        const response = await options.adapter.processAuthenticated(header, activity, options.channels, options.run);
        send(res, response?.status ?? 200, response?.body);
      } catch (error) {
        if (error instanceof TeamsAuthenticationError) {
          options.logger.warn(
            { reason: error.message, activityId: activity.id, channelId: activity.channelId },
            'teams request refused: not authenticated',
          );
          send(res, 401, { error: 'unauthorized' });
          return;
        }
        if (error instanceof UnsupportedChannelError) {
          send(res, 400, { error: `Policy Desk serves Microsoft Teams here, not "${error.channelId}"` });
          return;
        }
        options.logger.error({ err: error, activityId: activity.id, type: activity.type }, 'teams activity failed');
        send(res, 500, { error: 'internal error' });
      }
    },
  };
}
