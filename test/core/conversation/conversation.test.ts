import { describe, expect, it } from 'vitest';
import { ActionId } from '../../../src/core/conversation/actions.ts';
import type { RequestReply } from '../../../src/core/conversation/replies.ts';
import { allsortsAnswers, conversationFixture, RecordingNotifier } from '../../support/conversation-fixture.ts';

const pg = (userId: string) => ({ platform: 'playground' as const, userId });
const sam = { org: 'allsorts', person: pg('sam') };
const alex = { org: 'allsorts', person: pg('alex') };

describe('Conversation.ask', () => {
  it('returns an answer reply with verdict words, citations, a request button and feedback buttons', async () => {
    const { conversation } = await conversationFixture();
    const reply = conversation.ask(sam, 'Can I text this young person?');
    expect(reply.kind).toBe('answer');
    if (reply.kind !== 'answer') return;
    expect(reply.headline).toBe('Needs approval');
    expect(reply.citations[0]!.reference).toBe(
      'Mobile Phone & Social Networking Policy · 3. MOBILE DEVICES · clause 3.5',
    );
    expect(reply.requestButtons).toContainEqual(
      expect.objectContaining({ action: ActionId.startRequest, value: { flow: 'keep-contact-details' } }),
    );
    expect(reply.feedbackButtons.map((b) => b.action)).toEqual([ActionId.feedbackHelpful, ActionId.feedbackUnhelpful]);
  });

  it('answers a disclosure with the reporting route only', async () => {
    const { conversation } = await conversationFixture();
    const reply = conversation.ask(sam, 'A young person told me they are being hurt at home');
    expect(reply.kind).toBe('concern');
    if (reply.kind === 'concern') expect(reply.emergency).toMatch(/999/);
  });
});

describe('Conversation feedback', () => {
  it('records feedback once per person and answer, without the question', async () => {
    const { conversation, store } = await conversationFixture();
    const reply = conversation.ask(sam, 'Can I text this young person?');
    if (reply.kind !== 'answer') throw new Error('expected an answer');
    const value = reply.feedbackButtons[0]!.value;
    expect(await conversation.handleAction(sam, ActionId.feedbackHelpful, value)).toEqual([
      expect.objectContaining({ tone: 'success' }),
    ]);
    expect(await conversation.handleAction(sam, ActionId.feedbackHelpful, value)).toEqual([
      expect.objectContaining({ text: 'You already gave feedback on this answer.' }),
    ]);
    const record = await store.get<Record<string, unknown>>(`feedback:allsorts:${reply.answerId}:playground:sam`);
    expect(record).toMatchObject({ helpful: true, verdict: 'needs-approval' });
    expect(JSON.stringify(record)).not.toContain('young person');
  });

  it('refuses a forged feedback value', async () => {
    const { conversation } = await conversationFixture();
    const [reply] = await conversation.handleAction(sam, ActionId.feedbackHelpful, {
      answer: 'x',
      user: 'someone-else',
    });
    expect(reply).toMatchObject({ kind: 'notice', tone: 'error' });
  });
});

describe('Conversation requests', () => {
  it('shows a form, returns field errors on it, then submits and notifies the approvers', async () => {
    const notifier = new RecordingNotifier();
    const { conversation } = await conversationFixture({ notifier });
    const form = conversation.requestForm('allsorts', 'keep-contact-details');
    expect(form).toMatchObject({
      kind: 'request-form',
      routeSummary: 'Decided by the Activity Leader or Co-ordinator.',
    });

    const bad = await conversation.submitRequest(sam, 'keep-contact-details', {
      'young-person': 'Jamie Smith',
      reason: 'x',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok && 'form' in bad) expect(bad.form.errors['young-person']).toMatch(/initials/i);

    const good = await conversation.submitRequest(sam, 'keep-contact-details', allsortsAnswers['keep-contact-details']);
    expect(good.ok).toBe(true);
    expect(
      notifier.notifications
        .filter((n) => n.kind === 'approval-needed')
        .map((n) => 'userId' in n.to && n.to.userId)
        .sort(),
    ).toEqual(['alex', 'casey']);
  });

  it('gives the approver Approve / Decline, and the requester the outcome with its conditions', async () => {
    const notifier = new RecordingNotifier();
    const { conversation } = await conversationFixture({ notifier });
    const submitted = await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    if (!submitted.ok) throw new Error('submit failed');
    const id = submitted.request.id;

    const forAlex = (await conversation.requestView(id, alex.person)) as RequestReply;
    expect(forAlex.audience).toBe('approver');
    expect(forAlex.actions.map((a) => a.action)).toEqual([ActionId.approve, ActionId.decline]);
    const forSam = (await conversation.requestView(id, sam.person)) as RequestReply;
    expect(forSam.actions.map((a) => a.action)).toEqual([ActionId.withdraw]);

    const replies = await conversation.handleAction(
      alex,
      ActionId.approve,
      { request: id },
      { comment: 'Fine for the trip' },
    );
    expect(replies[0]).toMatchObject({
      kind: 'notice',
      text: 'You approved “Take photos or film children and young people”.',
    });
    const decided = notifier.notifications.find((n) => n.kind === 'decided')!;
    const toSam = await conversation.notificationReplies(decided);
    expect(toSam[0]).toMatchObject({ kind: 'notice', tone: 'success' });
    expect((toSam[0] as { text: string }).text).toMatch(
      /was approved by Alex \(activity leader\)\. Valid until 15 Jul 2026, 00:00 UTC\. Comment: “Fine for the trip”/,
    );
    expect(toSam.some((r) => r.kind === 'notice' && r.text.startsWith('Conditions:'))).toBe(true);

    const again = await conversation.handleAction({ org: 'allsorts', person: pg('casey') }, ActionId.decline, {
      request: id,
    });
    expect(again[0]).toMatchObject({ kind: 'notice', tone: 'info' });
  });

  it('refuses a decision from someone without the routed role, whatever the button says', async () => {
    const { conversation } = await conversationFixture();
    const submitted = await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    if (!submitted.ok) throw new Error('submit failed');
    const [reply] = await conversation.handleAction({ org: 'allsorts', person: pg('jo') }, ActionId.approve, {
      request: submitted.request.id,
    });
    expect(reply).toMatchObject({ kind: 'notice', tone: 'warning' });
  });

  it('draws a board vote with For / Against / Abstain and a live tally', async () => {
    const { conversation } = await conversationFixture();
    const submitted = await conversation.submitRequest(sam, 'trustee-contact', allsortsAnswers['trustee-contact']);
    if (!submitted.ok) throw new Error('submit failed');
    const id = submitted.request.id;
    await conversation.handleAction({ org: 'allsorts', person: pg('tom') }, ActionId.voteFor, { request: id });
    const forRuth = (await conversation.requestView(id, pg('ruth'))) as RequestReply;
    expect(forRuth.audience).toBe('voter');
    expect(forRuth.actions.map((a) => a.label)).toEqual(['For', 'Against', 'Abstain']);
    expect(forRuth.tally).toBe('For 1 · Against 0 · Abstain 0 · 1 of 5 voted (quorum 3)');
    const channel = (await conversation.requestView(id, 'channel')) as RequestReply;
    expect(channel.actions).toHaveLength(3);
  });

  it('shows a person their requests and what awaits them on the home view', async () => {
    const { conversation } = await conversationFixture();
    await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    const home = await conversation.home(alex);
    expect(home.awaiting).toHaveLength(1);
    expect(home.awaiting[0]!.actions.map((a) => a.label)).toEqual(['Approve', 'Decline']);
    const samHome = await conversation.home(sam);
    expect(samHome.mine).toHaveLength(1);
    expect(samHome.flows.map((f) => f.id)).toContain('trustee-contact');
  });
});
