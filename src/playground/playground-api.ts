import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { requestIdPattern } from '../core/approvals/rules.ts';
import { ActionId } from '../core/conversation/actions.ts';
import type { Reply } from '../core/conversation/replies.ts';
import { notice } from '../core/conversation/request-replies.ts';
import { PolicyDeskError } from '../core/errors.ts';
import { MAX_QUESTION_LENGTH } from '../core/policy/answer.ts';
import { answersFromInputs } from './form-answers.ts';
import { type Parsed, readJsonBody, readQuery, sendJson, sendProblem } from './http-io.ts';
import { playgroundPersons } from './persons.ts';
import {
  drawInbox,
  organisationOf,
  type PlaygroundSite,
  personsWithCounts,
  responseContext,
  speakerOf,
} from './playground-site.ts';
import { renderPersonOptions } from './render/chat-page.ts';
import { renderRequestForm } from './render/form.ts';
import { html, join } from './render/html.ts';
import { renderInbox } from './render/inbox.ts';
import { renderReplies, renderReply } from './render/reply.ts';

/** The prefix of every API path. */
export const apiPrefix = '/playground/api/';

const org = z.string().min(1).max(100);
const person = z.string().min(1).max(100);
const who = z.strictObject({ org, person });

const askBody = z.strictObject({
  org,
  person,
  text: z
    .string()
    .trim()
    .min(1, 'Type a question.')
    .max(MAX_QUESTION_LENGTH, `Ask one short question (${MAX_QUESTION_LENGTH} characters at most).`),
});
const actionBody = z.strictObject({
  org,
  person,
  action: z.enum(ActionId),
  value: z.record(z.string(), z.unknown()),
  // Its length is the core's rule, which says so when a comment is too long.
  comment: z.string().optional(),
});
const submitBody = z.strictObject({
  org,
  person,
  flow: z.string().min(1).max(100),
  /** The form's submission id: it becomes the request id, so a repeated submit files one request. */
  submission: z.string().regex(requestIdPattern).optional(),
  /** The form's inputs by name, as the browser has them. */
  fields: z.record(z.string().max(100), z.string().max(5000)),
});
const inboxQuery = z.strictObject({ org, person, since: z.coerce.number().int().optional() });
const requestQuery = z.strictObject({ org, person, id: z.string().min(1).max(100) });
const orgQuery = z.strictObject({ org });

type Handler = (site: PlaygroundSite, req: IncomingMessage, res: ServerResponse) => Promise<void>;

async function withSpeaker<T extends { org: string; person: string }>(
  site: PlaygroundSite,
  res: ServerResponse,
  parsed: Parsed<T>,
  then: (input: T, resolved: Extract<ReturnType<typeof speakerOf>, { ok: true }>) => Promise<void>,
): Promise<void> {
  if (!parsed.ok) return sendProblem(res, parsed.problem);
  const resolved = speakerOf(site, parsed.value.org, parsed.value.person);
  if (!resolved.ok) return sendProblem(res, resolved.problem);
  await then(parsed.value, resolved);
}

const ask: Handler = async (site, req, res) =>
  withSpeaker(site, res, await readJsonBody(req, askBody), async (input, { speaker }) => {
    let reply: Reply;
    try {
      reply = site.conversation.ask(speaker, input.text);
    } catch (error) {
      // The core's own check of a question says what to change: show it like any refusal.
      if (!(error instanceof PolicyDeskError) || error.code !== 'policy_desk_bad_question') throw error;
      return sendJson(res, 200, { html: renderReply(notice('warning', error.message), responseContext(site)).text });
    }
    // Outcomes only: the question is never logged (a disclosure's text must not be kept anywhere).
    site.logger.info(
      { platform: 'playground', org: speaker.org, outcome: reply.kind === 'answer' ? reply.verdict : reply.kind },
      'question answered',
    );
    const question = html`<p class="you-said"><span class="visually-hidden">You asked: </span>${input.text}</p>`;
    sendJson(res, 200, { html: join([question, renderReply(reply, responseContext(site))]).text });
  });

const action: Handler = async (site, req, res) =>
  withSpeaker(site, res, await readJsonBody(req, actionBody), async (input, { speaker }) => {
    const replies = await site.conversation.handleAction(
      speaker,
      input.action,
      input.value,
      input.comment ? { comment: input.comment } : {},
    );
    site.logger.info({ platform: 'playground', org: speaker.org, action: input.action }, 'action handled');
    sendJson(res, 200, { html: renderReplies(replies, responseContext(site)).text });
  });

const submit: Handler = async (site, req, res) =>
  withSpeaker(site, res, await readJsonBody(req, submitBody), async (input, { speaker }) => {
    const ctx = responseContext(site);
    const form = site.conversation.requestForm(speaker.org, input.flow);
    if (form.kind !== 'request-form') return sendJson(res, 200, { ok: false, html: renderReply(form, ctx).text });
    const outcome = await site.conversation.submitRequest(
      speaker,
      input.flow,
      answersFromInputs(form, input.fields),
      input.submission,
    );
    if (outcome.ok) {
      site.logger.info(
        { platform: 'playground', org: speaker.org, requestId: outcome.request.id, flow: input.flow },
        'request submitted',
      );
      return sendJson(res, 200, {
        ok: true,
        requestId: outcome.request.id,
        html: renderReplies(outcome.replies, ctx).text,
      });
    }
    if ('form' in outcome) {
      const state = { values: input.fields, ...(input.submission ? { submissionId: input.submission } : {}) };
      return sendJson(res, 200, { ok: false, html: renderRequestForm(outcome.form, ctx, state).text });
    }
    sendJson(res, 200, { ok: false, html: renderReply(outcome.notice, ctx).text });
  });

const home: Handler = async (site, req, res) =>
  withSpeaker(site, res, readQuery(req, who), async (_input, { speaker }) => {
    sendJson(res, 200, { html: renderReply(await site.conversation.home(speaker), responseContext(site)).text });
  });

const inbox: Handler = async (site, req, res) =>
  withSpeaker(site, res, readQuery(req, inboxQuery), async (input, { speaker, organisation }) => {
    const version = site.inbox.version;
    if (input.since === version) return sendJson(res, 200, { version, changed: false });
    const { persons, counts } = await personsWithCounts(site, organisation, input.person);
    const drawn = await drawInbox(site, speaker.org, speaker.person.userId);
    sendJson(res, 200, {
      version,
      changed: true,
      count: drawn.length,
      html: renderInbox(drawn, responseContext(site)).text,
      persons: renderPersonOptions(persons, input.person, counts).text,
    });
  });

const request: Handler = async (site, req, res) =>
  withSpeaker(site, res, readQuery(req, requestQuery), async (input, { speaker }) => {
    const reply = await site.conversation.requestView(input.id, speaker.person, speaker.org);
    // A request of another organisation is not shown under this one.
    const shown =
      reply.kind === 'request' && reply.request.org !== speaker.org
        ? notice('error', `No request ${input.id}.`)
        : reply;
    sendJson(res, 200, { html: renderReply(shown, responseContext(site)).text });
  });

const flows: Handler = async (site, req, res) => {
  const parsed = readQuery(req, orgQuery);
  if (!parsed.ok) return sendProblem(res, parsed.problem);
  const found = organisationOf(site, parsed.value.org);
  if (!found.ok) return sendProblem(res, found.problem);
  sendJson(res, 200, { html: renderReply(site.conversation.flowMenu(parsed.value.org), responseContext(site)).text });
};

const persons: Handler = async (site, req, res) => {
  const parsed = readQuery(req, orgQuery);
  if (!parsed.ok) return sendProblem(res, parsed.problem);
  const found = organisationOf(site, parsed.value.org);
  if (!found.ok) return sendProblem(res, found.problem);
  const list = playgroundPersons(found.organisation);
  sendJson(res, 200, { persons: list, html: renderPersonOptions(list, list[0]?.id ?? '').text });
};

const handlers: Readonly<Record<string, { method: 'GET' | 'POST'; handle: Handler }>> = {
  ask: { method: 'POST', handle: ask },
  action: { method: 'POST', handle: action },
  submit: { method: 'POST', handle: submit },
  home: { method: 'GET', handle: home },
  inbox: { method: 'GET', handle: inbox },
  request: { method: 'GET', handle: request },
  flows: { method: 'GET', handle: flows },
  persons: { method: 'GET', handle: persons },
};

/** Serves /playground/api/<name>: ask, action, submit (POST JSON); home, inbox, request, flows, persons (GET). */
export async function handleApi(
  site: PlaygroundSite,
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
): Promise<void> {
  const handler = Object.hasOwn(handlers, name) ? handlers[name] : undefined;
  if (!handler)
    return sendProblem(res, {
      status: 404,
      code: 'playground_not_found',
      message: `No API "${name}". Use one of: ${Object.keys(handlers).join(', ')}.`,
    });
  if (req.method !== handler.method) {
    res.setHeader('allow', handler.method);
    return sendProblem(res, {
      status: 405,
      code: 'playground_method_not_allowed',
      message: `Use ${handler.method} for ${apiPrefix}${name}.`,
    });
  }
  try {
    await handler.handle(site, req, res);
  } catch (error) {
    // A store that cannot be read or written: say so, and that nothing was saved, instead of a bare 500.
    if (!(error instanceof PolicyDeskError) || error.code !== 'policy_desk_store_error' || res.headersSent) throw error;
    site.logger.error({ err: error, platform: 'playground', api: name }, 'store unavailable');
    sendJson(res, 503, { error: { code: 'playground_store_unavailable', message: storeUnavailableMessage(error) } });
  }
}

/** What a person reads when the store failed: what happened, that nothing was saved, what to do. */
export function storeUnavailableMessage(error: PolicyDeskError): string {
  const reset = /store was reset/.test(error.message);
  return reset
    ? 'Nothing was saved: the records store was reset while Policy Desk was running, so it has stopped saving until it is restarted. Tell whoever runs Policy Desk.'
    : 'Nothing was saved: the records store is not answering (it may be restarting). Try again in a minute; if it keeps happening, tell whoever runs Policy Desk.';
}
