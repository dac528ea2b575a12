import { describe, expect, it } from 'vitest';
import { ActionId } from '../../../src/core/conversation/actions.ts';
import type { RequestFormReply, RequestReply } from '../../../src/core/conversation/replies.ts';
import { renderAnswer, renderNoAnswer } from '../../../src/playground/render/answer.ts';
import { renderConcern } from '../../../src/playground/render/concern.ts';
import { renderContext } from '../../../src/playground/render/context.ts';
import { renderRequestForm } from '../../../src/playground/render/form.ts';
import { renderHome } from '../../../src/playground/render/home.ts';
import { escapeHtml, Html, html } from '../../../src/playground/render/html.ts';
import { renderNotice } from '../../../src/playground/render/notice.ts';
import { renderReply } from '../../../src/playground/render/reply.ts';
import { renderRequest } from '../../../src/playground/render/request.ts';
import { allsortsAnswers, conversationFixture } from '../../support/conversation-fixture.ts';

const pg = (userId: string) => ({ platform: 'playground' as const, userId });
const sam = { org: 'allsorts', person: pg('sam') };
const ctx = () => renderContext({ scope: 't', newSubmissionId: () => 'r-submission1' });

/** Every `data-value` attribute, decoded as the browser would hand it to JSON.parse. */
const dataValues = (markup: string) =>
  [...markup.matchAll(/data-value="([^"]*)"/g)].map((match) =>
    JSON.parse(
      match[1]!
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    ),
  );

describe('html', () => {
  it('escapes every interpolated text and keeps fragments as they are', () => {
    const name = `<img src=x onerror="alert('x')">`;
    const out = html`<p title="${name}">${name}${html`<b>ok</b>`}${[name, html`<i>i</i>`]}${undefined}${false}</p>`;
    expect(out).toBeInstanceOf(Html);
    expect(out.text).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;<b>ok</b>&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;<i>i</i></p>',
    );
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
  });
});

describe('renderAnswer', () => {
  it('shows the verdict, each quote verbatim with its citation, and request and feedback buttons', async () => {
    const { conversation } = await conversationFixture();
    const reply = conversation.ask(sam, 'Can I text this young person?');
    if (reply.kind !== 'answer') throw new Error('expected an answer');
    const out = renderAnswer(reply).text;
    expect(out).toContain('<span class="verdict-badge">Needs approval</span>');
    expect(out).toContain('class="card answer verdict-needs-approval"');
    // The quote is the clause verbatim, escaped only where HTML needs it (’ is not touched).
    // The rule the clause is cited for is marked, and every word of the clause is still there.
    const quoted = /<blockquote>([\s\S]*?)<\/blockquote>/.exec(out)![1]!;
    expect(quoted.replace(/<\/?(?:p|mark)>/g, '')).toBe(escapeHtml(reply.citations[0]!.quote));
    expect(reply.citations[0]!.rule).toBeDefined();
    expect(quoted).toContain(`<mark>${escapeHtml(reply.citations[0]!.rule!)}</mark>`);
    expect(out).toContain('should never keep a child or young person’s (under the age of 18)');
    expect(out).toContain('<cite>Mobile Phone &amp; Social Networking Policy · 3. MOBILE DEVICES · clause 3.5</cite>');
    expect(out).toContain(`data-action="${ActionId.startRequest}"`);
    expect(out).toContain(`data-action="${ActionId.feedbackHelpful}"`);
    expect(dataValues(out)).toContainEqual({ flow: 'keep-contact-details' });
    expect(dataValues(out)).toContainEqual(reply.feedbackButtons[0]!.value);
  });

  it('shows the lead-in of a clause, an overdue review and notices', () => {
    const out = renderAnswer({
      kind: 'answer',
      answerId: 'a1',
      question: 'q',
      verdict: 'not-allowed',
      headline: 'Not allowed',
      explanation: 'The policy forbids it.',
      citations: [
        {
          quote: 'first line\nsecond <line>',
          context: 'Staff must:',
          documentId: 'd',
          documentTitle: 'Doc',
          section: 'S',
          clause: '1.1',
          reference: 'Doc · S · clause 1.1',
          kind: 'clause',
          overdue: 'Past its review date (2020-01-01)',
        },
      ],
      notices: ['One policy is past its review date.'],
      requestButtons: [],
      feedbackButtons: [],
    }).text;
    expect(out).toContain(
      '<blockquote><p class="citation-context">Staff must:</p><p>first line</p><p>second &lt;line&gt;</p></blockquote>',
    );
    expect(out).toContain('<span class="overdue">Past its review date (2020-01-01)</span>');
    expect(out).toContain('<li>One policy is past its review date.</li>');
    expect(out).not.toContain('role="group" aria-label="Request approval"');
  });

  it('draws a no-answer with who to ask, mail and phone as links', async () => {
    const { conversation } = await conversationFixture();
    const reply = conversation.ask(sam, 'what is on the canteen menu');
    if (reply.kind !== 'no-answer') throw new Error('expected no answer');
    const out = renderNoAnswer(reply).text;
    expect(out).toContain('The policies do not cover this');
    expect(out).toContain('<a href="mailto:info@allsortsglos.org.uk">info@allsortsglos.org.uk</a>');
    expect(out).toContain('<a href="tel:01453750474">01453 750474</a>');
    expect(out).toContain('<p class="safety-note">Passing on a worry about someone’s safety?');
  });
});

describe('renderConcern', () => {
  it('announces the reporting route at once, with what to do, what not to do and the contacts', async () => {
    const { conversation } = await conversationFixture();
    const reply = conversation.ask(sam, 'A young person told me they are being hurt at home');
    if (reply.kind !== 'concern') throw new Error('expected a concern');
    const out = renderConcern(reply).text;
    expect(out).toMatch(
      /^<article class="card concern" role="alert">\n\n<h3>Report this concern now<\/h3>\n<p class="concern-about">This reads like physical abuse.<\/p>/,
    );
    expect(out).toContain('<h4>Do not</h4>');
    expect(out).toContain('<p class="emergency"><strong>If someone is in immediate danger, call 999 now.</strong></p>');
    expect(out).toContain('Safeguarding Lead, Deputy or Trustee');
    expect(out).toContain('<a href="tel:999">999</a>');
    // Nothing of the person's words is drawn.
    expect(out).not.toContain('hurt at home');
  });
});

describe('renderRequestForm', () => {
  it('labels every input, ties help to it, and asks who and how for an attestation', async () => {
    const { conversation } = await conversationFixture();
    const form = conversation.requestForm('allsorts', 'trustee-contact') as RequestFormReply;
    const out = renderRequestForm(form, ctx()).text;
    expect(out).toContain('data-flow="trustee-contact" data-submission="r-submission1" novalidate');
    const ids = [...out.matchAll(/<(?:input|select|textarea) id="([^"]+)"/g)].map((match) => match[1]!);
    expect(ids.length).toBe(5);
    for (const id of ids) expect(out).toContain(`<label for="${id}">`);
    expect(out).toMatch(/<input id="([^"]+)" name="young-person" type="text"[^>]*aria-describedby="help-t-\d+"/);
    expect(out).toContain('<legend>Parent or carer&#39;s agreement</legend>');
    expect(out).toContain('name="parent-agreement.who"');
    expect(out).toContain('<option value="In writing">In writing</option>');
    expect(out).toContain('<button type="submit" class="btn btn-primary">Submit request</button>');
  });

  it('shows each error on its field and in a summary, keeps what was typed, and renders markup as text', async () => {
    const { conversation } = await conversationFixture();
    const bad = await conversation.submitRequest(sam, 'photos', {
      ...allsortsAnswers.photos,
      date: '2026-02-30',
      activity: '<script>alert(1)</script>',
    });
    if (bad.ok || !('form' in bad)) throw new Error('expected the form back');
    const out = renderRequestForm(bad.form, ctx(), {
      submissionId: 'r-kept0001',
      values: { date: '2026-02-30', activity: '<script>alert(1)</script>', 'parental-consent': 'yes' },
    }).text;
    expect(out).toContain('data-submission="r-kept0001"');
    expect(out).toMatch(
      /<input id="(field-date-t-\d+)" name="date" type="date" value="2026-02-30" required aria-invalid="true" aria-describedby="(error-t-\d+)">/,
    );
    const [, inputId, errorId] = /<input id="(field-date-t-\d+)"[^>]*aria-describedby="(error-t-\d+)"/.exec(out)!;
    expect(out).toContain(
      `<p class="field-error" id="${errorId}">Enter a real date as YYYY-MM-DD, e.g. 2025-03-14.</p>`,
    );
    expect(out).toContain(
      `<div class="error-summary" role="alert"><p>Please correct this problem:</p><ul><li><a href="#${inputId}">Date: Enter a real date as YYYY-MM-DD, e.g. 2025-03-14.</a></li></ul></div>`,
    );
    expect(out).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(out).not.toContain('<script>');
    expect(out).toMatch(/name="parental-consent" type="checkbox" value="yes" checked/);
    expect(out).not.toMatch(/name="allsorts-phone" type="checkbox" value="yes" checked/);
  });
});

describe('renderRequest', () => {
  it('gives the approver Approve and Decline with a labelled comment box, and shows a script in an answer as text', async () => {
    const { conversation } = await conversationFixture();
    const submitted = await conversation.submitRequest(sam, 'photos', {
      ...allsortsAnswers.photos,
      activity: '<script>alert("pwned")</script>',
    });
    if (!submitted.ok) throw new Error('submit failed');
    const reply = (await conversation.requestView(submitted.request.id, pg('alex'))) as RequestReply;
    const out = renderRequest(reply, ctx()).text;
    expect(out).toContain(`data-request-id="${submitted.request.id}" data-audience="approver"`);
    expect(out).toContain('<dt>Activity</dt><dd>&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;</dd>');
    expect(out).not.toContain('<script>');
    expect(out).toMatch(
      /<label for="(comment-t-\d+)">Comment \(optional\): what the requester should know<\/label><textarea id="\1" name="comment"/,
    );
    expect(out).toContain(`data-action="${ActionId.approve}"`);
    expect(out).toContain(`data-action="${ActionId.decline}"`);
    expect(out).toContain('class="btn btn-danger"');
    expect(out).toContain(
      '<li><q>No photographs or video are to be taken or stored on personal cameras or mobile phones',
    );
  });

  it('shows a vote with its tally and the three vote buttons to a trustee, and no buttons to an observer', async () => {
    const { conversation } = await conversationFixture();
    const submitted = await conversation.submitRequest(sam, 'trustee-contact', allsortsAnswers['trustee-contact']);
    if (!submitted.ok) throw new Error('submit failed');
    await conversation.handleAction({ org: 'allsorts', person: pg('tom') }, ActionId.voteFor, {
      request: submitted.request.id,
    });
    const forRuth = renderRequest(
      (await conversation.requestView(submitted.request.id, pg('ruth'))) as RequestReply,
      ctx(),
    ).text;
    expect(forRuth).toContain(
      '<p class="tally"><span class="tally-label">Votes:</span> For 1 · Against 0 · Abstain 0 · 1 of 5 voted (quorum 3)</p>',
    );
    expect([...forRuth.matchAll(/data-action="([^"]+)"/g)].map((match) => match[1])).toEqual([
      ActionId.voteFor,
      ActionId.voteAgainst,
      ActionId.voteAbstain,
    ]);
    expect(forRuth).not.toContain('name="comment"');
    const forJo = renderRequest(
      (await conversation.requestView(submitted.request.id, pg('jo'))) as RequestReply,
      ctx(),
    ).text;
    expect(forJo).toContain('data-audience="observer"');
    expect(forJo).not.toContain('data-action=');
  });

  it('shows the decision and its comment once decided', async () => {
    const { conversation } = await conversationFixture();
    const submitted = await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    if (!submitted.ok) throw new Error('submit failed');
    await conversation.handleAction(
      { org: 'allsorts', person: pg('alex') },
      ActionId.decline,
      { request: submitted.request.id },
      { comment: 'Use the <b>group</b> phone' },
    );
    const out = renderRequest(
      (await conversation.requestView(submitted.request.id, pg('sam'))) as RequestReply,
      ctx(),
    ).text;
    expect(out).toContain('class="card request status-declined"');
    expect(out).toContain('<p class="status">Declined by Alex (activity leader) on 2 Mar 2026, 09:00 UTC.</p>');
    expect(out).toContain('“Use the &lt;b&gt;group&lt;/b&gt; phone”');
    expect(out).not.toContain('data-action=');
  });
});

describe('renderNotice', () => {
  it('announces errors and warnings as alerts and the rest as status', () => {
    expect(renderNotice({ kind: 'notice', tone: 'error', text: 'No <b>' }).text).toBe(
      '<p class="notice notice-error" role="alert">No &lt;b&gt;</p>',
    );
    expect(renderNotice({ kind: 'notice', tone: 'warning', text: 'w' }).text).toContain('role="alert"');
    expect(renderNotice({ kind: 'notice', tone: 'success', text: 'Done' }).text).toBe(
      '<p class="notice notice-success" role="status">Done</p>',
    );
  });
});

describe('renderHome and renderReply', () => {
  it('draws a home with what awaits, my requests with an Open button, and the flows to start', async () => {
    const { conversation } = await conversationFixture();
    await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    const alexHome = renderHome(await conversation.home({ org: 'allsorts', person: pg('alex') }), ctx()).text;
    expect(alexHome).toContain('Signed in as <strong>Alex (activity leader)</strong>');
    expect(alexHome).toContain('data-audience="approver"');
    expect(alexHome).toContain('You have made no requests.');
    const samHome = renderHome(await conversation.home(sam), ctx()).text;
    expect(samHome).toContain('Nothing awaits you.');
    expect(samHome).toMatch(
      /data-open-request="req-0001" aria-label="Open Take photos or film children and young people \(req-0001\)">Open<\/button>/,
    );
    expect(samHome).toContain('aria-label="Start: Take photos or film children and young people"');
  });

  it('draws every kind of reply without throwing', async () => {
    const { conversation } = await conversationFixture();
    const kinds = [
      conversation.flowMenu('allsorts'),
      conversation.requestForm('allsorts', 'photos'),
      conversation.requestForm('allsorts', 'nope'),
      await conversation.home(sam),
    ];
    const out = kinds.map((reply) => renderReply(reply, ctx()).text);
    expect(out[0]).toContain('<h3 id="flows-title-t-1">Requests</h3>');
    expect(out[1]).toContain('data-flow="photos"');
    expect(out[2]).toContain('notice-error');
    expect(out[3]).toContain('class="home"');
  });
});
