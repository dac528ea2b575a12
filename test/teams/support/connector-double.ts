import { createServer, type Server } from 'node:http';
import { actionCount } from './card-query.ts';

/** Teams refuses a message (an activity) over 28 KB. */
export const teamsActivityLimitBytes = 28 * 1024;
/** Teams' guidance: at most six actions on a card. */
export const teamsMaxCardActions = 6;

/**
 * The Teams limits an activity (or an invoke's answer) crosses: over 28 KB in all, or a card with
 * more than six actions. Empty when it keeps within them.
 */
export function teamsLimitProblems(activity: any): string[] {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(JSON.stringify(activity ?? null), 'utf8');
  if (bytes > teamsActivityLimitBytes) problems.push(`${bytes} bytes, over Teams' 28 KB`);
  // A sent activity carries its card as an attachment; an invoke's answer as its value.
  const cards: unknown[] = [];
  if (activity?.value?.type === 'AdaptiveCard') cards.push(activity.value);
  if (Array.isArray(activity?.attachments))
    for (const attachment of activity.attachments) if (attachment?.content) cards.push(attachment.content);
  for (const card of cards) {
    const actions = actionCount(card);
    if (actions > teamsMaxCardActions) problems.push(`a card with ${actions} actions, over Teams' six`);
  }
  return problems;
}

/** One call the bot made to the Bot Connector service. */
export interface ConnectorCall {
  readonly method: string;
  readonly path: string;
  readonly kind: 'send' | 'reply' | 'update' | 'create-conversation' | 'other';
  readonly conversationId?: string;
  readonly activityId?: string;
  /** The id the double answered with (a new activity's or conversation's). */
  readonly resultId?: string;
  readonly authorization?: string;
  // The bodies are Bot Framework JSON: tests read the parts they check.
  readonly body: any;
  /** The Teams limits the activity crossed (an activity over 28 KB is refused with 413, as Teams does). */
  readonly problems?: readonly string[];
}

/** A local Bot Connector (the `serviceUrl` of every activity): records every call, answers with realistic ids. */
export interface ConnectorDouble {
  readonly url: string;
  readonly calls: ConnectorCall[];
  /** Calls of one kind, optionally in one conversation. */
  of(kind: ConnectorCall['kind'], conversationId?: string): ConnectorCall[];
  /**
   * New messages the bot posted (sends and replies), optionally in one conversation. botbuilder
   * posts a proactive message as a reply to its continuation activity; Teams shows both the same way.
   */
  messages(conversationId?: string): ConnectorCall[];
  /** Resolves once `predicate` holds over the calls (polling), or rejects after `timeoutMs`. */
  waitFor(predicate: (calls: readonly ConnectorCall[]) => boolean, timeoutMs?: number): Promise<void>;
  /** Delays every answer by `ms` (a slow connector). */
  setDelay(ms: number): void;
  /** Every call that crossed a Teams limit (the harness fails a test file that has any). */
  limitProblems(): Array<{ path: string; problems: readonly string[] }>;
  close(): Promise<void>;
}

/** The Adaptive Card of a send, reply or update call. */
export function cardOf(call: ConnectorCall): any {
  return call.body?.attachments?.[0]?.content;
}

/** Every piece of plain text on a card (TextBlocks and TextRuns), in order. */
export function cardText(card: any): string {
  const out: string[] = [];
  const walk = (node: any): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!node || typeof node !== 'object') return;
    if ((node.type === 'TextBlock' || node.type === 'TextRun') && typeof node.text === 'string') out.push(node.text);
    for (const value of Object.values(node)) if (typeof value === 'object') walk(value);
  };
  walk(card?.body ?? card);
  return out.join('\n');
}

/** Every Action.Execute on a card (top level and in ActionSets). */
export function cardActions(card: any): Array<{ title: string; verb: string; data: Record<string, unknown> }> {
  const out: Array<{ title: string; verb: string; data: Record<string, unknown> }> = [];
  const walk = (node: any): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!node || typeof node !== 'object') return;
    if (node.type === 'Action.Execute') out.push({ title: node.title, verb: node.verb, data: node.data ?? {} });
    for (const [key, value] of Object.entries(node)) if (key !== 'refresh' && typeof value === 'object') walk(value);
  };
  walk(card?.body);
  walk(card?.actions);
  return out;
}

/** Starts the double on a free port of 127.0.0.1. */
export async function startConnectorDouble(): Promise<ConnectorDouble> {
  const calls: ConnectorCall[] = [];
  let counter = 0;
  let delay = 0;
  let base = '';
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? JSON.parse(text) : undefined;
    const path = (req.url ?? '').split('?')[0]!;
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    const method = req.method ?? 'GET';
    let call: ConnectorCall;
    let status = 200;
    let answer: unknown;
    const authorization = req.headers.authorization;
    const common = { method, path, body, ...(authorization ? { authorization } : {}) };
    if (method === 'POST' && parts.length === 2 && parts[0] === 'v3' && parts[1] === 'conversations') {
      const id = `a:dm-${++counter}`;
      call = { ...common, kind: 'create-conversation', resultId: id };
      status = 201;
      answer = { id, activityId: '', serviceUrl: base };
    } else if (parts[0] === 'v3' && parts[1] === 'conversations' && parts[3] === 'activities') {
      const conversationId = parts[2]!;
      const activityId = parts[4];
      if (method === 'PUT' && activityId) {
        call = { ...common, kind: 'update', conversationId, activityId, resultId: activityId };
        answer = { id: activityId };
      } else if (method === 'POST') {
        const id = `act-${++counter}`;
        call = {
          ...common,
          kind: activityId ? 'reply' : 'send',
          conversationId,
          ...(activityId ? { activityId } : {}),
          resultId: id,
        };
        status = 201;
        answer = { id };
      } else {
        call = { ...common, kind: 'other', conversationId };
        status = 404;
      }
    } else {
      call = { ...common, kind: 'other' };
      status = 404;
    }
    if (call.kind === 'send' || call.kind === 'reply' || call.kind === 'update') {
      const problems = teamsLimitProblems(body);
      if (problems.length) {
        call = { ...call, problems };
        if (problems.some((problem) => problem.includes('28 KB'))) {
          status = 413;
          answer = { error: { code: 'MessageSizeTooBig', message: 'Message size is too big.' } };
        }
      }
    }
    calls.push(call);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    res
      .writeHead(status, { 'content-type': 'application/json' })
      .end(answer === undefined ? '{}' : JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  return {
    url: base,
    calls,
    of: (kind, conversationId) =>
      calls.filter(
        (call) => call.kind === kind && (conversationId === undefined || call.conversationId === conversationId),
      ),
    messages: (conversationId) =>
      calls.filter(
        (call) =>
          (call.kind === 'send' || call.kind === 'reply') &&
          (conversationId === undefined || call.conversationId === conversationId),
      ),
    async waitFor(predicate, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(calls)) {
        if (Date.now() > deadline)
          throw new Error(
            `connector double: condition not met in ${timeoutMs} ms; calls: ${calls.map((c) => `${c.method} ${c.path}`).join(', ')}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    setDelay(ms) {
      delay = ms;
    },
    limitProblems: () => calls.flatMap((call) => (call.problems ? [{ path: call.path, problems: call.problems }] : [])),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
