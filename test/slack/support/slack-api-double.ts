import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';
import { blockKitProblems, viewProblems } from './block-kit-limits.ts';
import { WebSocketConnection } from './websocket-server.ts';

/** One call the app made: a Web API method, or a POST to a response_url. */
export interface RecordedCall {
  /** `chat.postMessage`, `views.open`, … or `response_url` for a response_url POST. */
  readonly method: string;
  /** The parsed arguments (JSON-valued form fields such as `blocks` and `view` parsed too). */
  readonly body: Record<string, unknown>;
  /** For response_url calls: which one (the path after /response/). */
  readonly responseId?: string;
  readonly authorization?: string;
  /** When the call reached the double, before any `delayMs`. */
  readonly receivedAt: number;
  /** When the double answered it (after any `delayMs`). */
  readonly at: number;
  /** What the double answered (for Web API methods). */
  response?: Record<string, unknown>;
  /** The Block Kit limits the call crossed, when the double refused it as Slack would (`invalid_blocks`). */
  problems?: string[];
}

const jsonFields = new Set(['blocks', 'view', 'attachments', 'metadata']);

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(text: string, contentType: string | undefined): Record<string, unknown> {
  if (!text) return {};
  if (contentType?.includes('application/json')) return JSON.parse(text) as Record<string, unknown>;
  const fields = parseQuery(text) as Record<string, string>;
  const parsed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (jsonFields.has(key) && typeof value === 'string') {
      try {
        parsed[key] = JSON.parse(value);
        continue;
      } catch {
        // keep it as text
      }
    }
    parsed[key] = value;
  }
  return parsed;
}

/**
 * A local Slack Web API double over node:http: the methods Policy Desk calls, answered with
 * realistic `{ ok: true, … }` payloads, and every call recorded (method and parsed arguments).
 * Blocks and views that cross Slack's documented Block Kit limits are refused with `invalid_blocks`,
 * as Slack refuses them.
 * response_url POSTs go to `/response/<id>` on the same server. Failures can be injected.
 */
export class SlackApiDouble {
  readonly calls: RecordedCall[] = [];
  readonly #failures = new Map<string, string[]>();
  readonly #conditional: Array<{ method: string; when: (body: Record<string, unknown>) => boolean; error: string }> =
    [];
  #server: Server | undefined;
  #ts = 1_700_000_000_000_000;
  #views = 0;
  /** A delay before every answer (ms), to model a slow Slack. */
  delayMs = 0;
  /** The bot tokens Slack accepts, and the workspace each belongs to (auth.test answers from here). */
  readonly workspaces = new Map<string, { team_id: string; team: string; user_id: string; bot_id: string }>([
    ['xoxb-test', { team_id: 'T_ALLSORTS', team: 'Allsorts (test)', user_id: 'U_BOT', bot_id: 'B_BOT' }],
  ]);
  /** The OAuth app's credentials oauth.v2.access checks, and the codes Slack has handed out (code → workspace and token). */
  readonly oauthApp = { clientId: '1111.2222', clientSecret: 'client-secret' };
  readonly oauthCodes = new Map<
    string,
    { token: string; teamId: string; teamName: string; botUserId: string; botId: string; installer: string }
  >();

  /** Makes `code` an authorization code for installing into workspace `teamId`, granting `token`. */
  grantCode(
    code: string,
    grant: { token: string; teamId: string; teamName: string; botUserId: string; botId: string; installer: string },
  ): void {
    this.oauthCodes.set(code, grant);
  }
  /** Socket Mode: what the app sent back over the WebSocket (acks of envelopes). */
  readonly socketMessages: Array<{ envelope_id?: string; payload?: unknown }> = [];
  #sockets: WebSocketConnection[] = [];

  /** Starts on a free local port. */
  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      void this.#handle(req, res);
    });
    this.#server.keepAliveTimeout = 30_000;
    // Socket Mode: apps.connections.open hands out ws://…/socket-mode; the app connects and gets `hello`.
    this.#server.on('upgrade', (req, socket) => {
      if (!req.url?.startsWith('/socket-mode')) {
        socket.destroy();
        return;
      }
      const connection = WebSocketConnection.accept(req, socket, (text) =>
        this.socketMessages.push(JSON.parse(text) as { envelope_id?: string }),
      );
      this.#sockets.push(connection);
      connection.sendText(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'double', approximate_connection_time: 3600 },
          connection_info: { app_id: 'A_POLICY' },
        }),
      );
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  /** The Web API base URL to configure as SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  get origin(): string {
    const { port } = this.#server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** A response_url on this double. */
  responseUrl(id: string): string {
    return `${this.origin}/response/${id}`;
  }

  /** Makes the next call of `method` whose arguments match `when` fail with Slack error `error`. */
  failWhen(method: string, when: (body: Record<string, unknown>) => boolean, error = 'invalid_blocks'): void {
    this.#conditional.push({ method, when, error });
  }

  /** Makes the next call of `method` fail with Slack error `error` (ok: false). */
  failNext(method: string, error = 'internal_error'): void {
    this.#failures.set(method, [...(this.#failures.get(method) ?? []), error]);
  }

  /** Recorded calls of one method. */
  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Waits until `predicate` holds for the recorded calls (polling), or fails after `timeoutMs`. */
  async waitFor<T>(predicate: (calls: readonly RecordedCall[]) => T | undefined | false, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = predicate(this.calls);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(
          `slack api double: condition not met in ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Socket Mode: sends an envelope (slash_commands, interactive, events_api) to every connected app. */
  sendEnvelope(envelope: Record<string, unknown>): void {
    for (const socket of this.#sockets) if (!socket.closed) socket.sendText(JSON.stringify(envelope));
  }

  /** Socket Mode: connections currently open. */
  get openSockets(): number {
    return this.#sockets.filter((socket) => !socket.closed).length;
  }

  /** Forgets recorded calls. */
  reset(): void {
    this.calls.length = 0;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    for (const socket of this.#sockets) socket.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = Date.now();
    const text = await readAll(req);
    const path = (req.url ?? '/').split('?')[0]!;
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const reply = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    let body: Record<string, unknown>;
    try {
      body = parseBody(text, req.headers['content-type']);
    } catch {
      reply(400, { ok: false, error: 'invalid_json' });
      return;
    }
    if (path.startsWith('/response/')) {
      const problems = blockKitProblems(body.blocks, 'message');
      this.calls.push({
        method: 'response_url',
        body,
        responseId: path.slice('/response/'.length),
        receivedAt,
        at: Date.now(),
        ...(problems.length ? { problems } : {}),
      });
      if (problems.length) {
        reply(400, { ok: false, error: 'invalid_blocks', errors: problems });
        return;
      }
      const failure = this.#takeFailure('response_url');
      reply(failure ? 500 : 200, failure ? { ok: false, error: failure } : { ok: true });
      return;
    }
    if (!path.startsWith('/api/')) {
      reply(404, { ok: false, error: 'not_found' });
      return;
    }
    const method = path.slice('/api/'.length);
    const authorization = req.headers.authorization;
    const call: RecordedCall = {
      method,
      body,
      ...(authorization ? { authorization } : {}),
      receivedAt,
      at: Date.now(),
    };
    this.calls.push(call);
    const conditional = this.#conditional.findIndex((c) => c.method === method && c.when(body));
    const failure = conditional >= 0 ? this.#conditional.splice(conditional, 1)[0]!.error : this.#takeFailure(method);
    if (failure) {
      call.response = { ok: false, error: failure };
      reply(200, call.response);
      return;
    }
    if (method === 'oauth.v2.access') {
      call.response = this.#oauthAccess(body, authorization);
      reply(200, call.response);
      return;
    }
    const token = authorization?.replace(/^Bearer /, '');
    if (method !== 'apps.connections.open' && (!token || !this.workspaces.has(token))) {
      call.response = { ok: false, error: 'invalid_auth' };
      reply(200, call.response);
      return;
    }
    const problems = method.startsWith('views.')
      ? viewProblems(body.view)
      : method.startsWith('chat.')
        ? blockKitProblems(body.blocks, 'message')
        : [];
    if (problems.length) {
      call.problems = problems;
      call.response = { ok: false, error: 'invalid_blocks', errors: problems };
      reply(200, call.response);
      return;
    }
    call.response = this.#answer(method, body, token);
    reply(200, call.response);
  }

  #takeFailure(method: string): string | undefined {
    const queue = this.#failures.get(method);
    const failure = queue?.shift();
    if (queue && !queue.length) this.#failures.delete(method);
    return failure;
  }

  #nextTs(): string {
    this.#ts += 1;
    const text = String(this.#ts);
    return `${text.slice(0, 10)}.${text.slice(10)}`;
  }

  /** oauth.v2.access as Slack documents it: the app's credentials (form fields or HTTP Basic) and a code, exchanged once for a bot token. */
  #oauthAccess(body: Record<string, unknown>, authorization: string | undefined): Record<string, unknown> {
    const basic = authorization?.startsWith('Basic ')
      ? Buffer.from(authorization.slice(6), 'base64').toString('utf8').split(':')
      : [];
    const clientId = String(body.client_id ?? basic[0] ?? '');
    const clientSecret = String(body.client_secret ?? basic[1] ?? '');
    if (clientId !== this.oauthApp.clientId || clientSecret !== this.oauthApp.clientSecret)
      return { ok: false, error: 'invalid_client_id' };
    const grant = this.oauthCodes.get(String(body.code ?? ''));
    if (!grant) return { ok: false, error: 'invalid_code' };
    this.oauthCodes.delete(String(body.code));
    this.workspaces.set(grant.token, {
      team_id: grant.teamId,
      team: grant.teamName,
      user_id: grant.botUserId,
      bot_id: grant.botId,
    });
    return {
      ok: true,
      app_id: 'A_POLICY',
      authed_user: { id: grant.installer },
      scope: 'app_mentions:read,chat:write,commands,im:history,im:write',
      token_type: 'bot',
      access_token: grant.token,
      bot_user_id: grant.botUserId,
      team: { id: grant.teamId, name: grant.teamName },
      enterprise: null,
      is_enterprise_install: false,
    };
  }

  #answer(method: string, body: Record<string, unknown>, token: string | undefined): Record<string, unknown> {
    switch (method) {
      case 'auth.test': {
        const workspace = this.workspaces.get(token ?? '')!;
        return {
          ok: true,
          url: `https://${workspace.team_id.toLowerCase()}.slack.com/`,
          team: workspace.team,
          user: 'policydesk',
          team_id: workspace.team_id,
          user_id: workspace.user_id,
          bot_id: workspace.bot_id,
          is_enterprise_install: false,
        };
      }
      case 'chat.postMessage': {
        const ts = this.#nextTs();
        return {
          ok: true,
          channel: body.channel,
          ts,
          message: {
            type: 'message',
            text: body.text,
            user: 'U_BOT',
            bot_id: 'B_BOT',
            ts,
            ...(body.thread_ts ? { thread_ts: body.thread_ts } : {}),
          },
        };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.#nextTs() };
      case 'chat.update':
        return {
          ok: true,
          channel: body.channel,
          ts: body.ts,
          text: body.text,
          message: { text: body.text, user: 'U_BOT' },
        };
      case 'conversations.open':
        return { ok: true, channel: { id: `D_${String(body.users)}` } };
      case 'views.open':
      case 'views.publish':
      case 'views.update': {
        const id = method === 'views.update' ? String(body.view_id) : `V${String(++this.#views).padStart(8, '0')}`;
        return { ok: true, view: { id, ...(body.view as object) } };
      }
      case 'apps.connections.open':
        return { ok: true, url: `${this.origin.replace('http', 'ws')}/socket-mode?ticket=t` };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}
