import type { RequestView } from '../approvals/request-view.ts';
import type { Verdict } from '../policy/verdict.ts';
import type { ActionIdValue } from './actions.ts';

/**
 * The neutral reply model: what the bot says, as plain data. Slack draws it as Block Kit, Teams
 * as Adaptive Cards, the playground as HTML; none of them decides anything.
 */

/** A button: an action id, what it says, and the (non-identity) value it carries back. */
export interface Button {
  readonly action: ActionIdValue;
  readonly label: string;
  readonly value: Readonly<Record<string, unknown>>;
  readonly style?: 'primary' | 'danger';
}

/** A quoted clause with its citation, ready to draw. */
export interface CitationView {
  /** The clause, verbatim; lines are blocks or list items. */
  readonly quote: string;
  /** The lead-in the clause continues, verbatim. */
  readonly context?: string;
  readonly documentId: string;
  readonly documentTitle: string;
  readonly section: string;
  readonly clause: string;
  /** "Mobile Phone & Social Networking Policy · 3. MOBILE DEVICES · clause 3.5". */
  readonly reference: string;
  readonly kind: 'clause' | 'facts';
  /** Set when the document is past its review date. */
  readonly overdue?: string;
  /** The part of `quote` the clause is cited for (a clause holding several rules): drawn emphasised. */
  readonly rule?: string;
}

/** A quote cut around the rule it is cited for, so each platform can emphasise that part and keep every word. */
export function quoteParts(
  quote: string,
  rule?: string,
): ReadonlyArray<{ readonly text: string; readonly rule: boolean }> {
  const at = rule ? quote.indexOf(rule) : -1;
  if (!rule || at < 0) return [{ text: quote, rule: false }];
  return [
    { text: quote.slice(0, at), rule: false },
    { text: rule, rule: true },
    { text: quote.slice(at + rule.length), rule: false },
  ].filter((part) => part.text !== '');
}

/** Someone to turn to, as the organisation lists them. */
export interface ContactLine {
  readonly title: string;
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly notes?: string;
}

/** The answer to a policy question. */
export interface AnswerReply {
  readonly kind: 'answer';
  readonly answerId: string;
  readonly question: string;
  readonly verdict: Exclude<Verdict, 'no-answer' | 'report-concern'>;
  readonly headline: string;
  readonly explanation: string;
  readonly citations: readonly CitationView[];
  readonly notices: readonly string[];
  /** One "Request approval" button per flow linked to a cited clause. */
  readonly requestButtons: readonly Button[];
  readonly feedbackButtons: readonly Button[];
}

/** Nothing in the policies answers the question: who to ask instead. */
export interface NoAnswerReply {
  readonly kind: 'no-answer';
  readonly answerId: string;
  readonly question: string;
  readonly headline: string;
  readonly explanation: string;
  readonly contacts: readonly ContactLine[];
  /** How to pass on a worry about someone's safety, in case the message was one. */
  readonly safetyNote: string;
  readonly feedbackButtons: readonly Button[];
}

/**
 * A disclosure or immediate danger: the reporting route at once. When the message may also be a
 * policy question, the policy's answer comes under the route (`answer`), never before it.
 */
export interface ConcernReply {
  readonly kind: 'concern';
  readonly headline: string;
  /** Happening now: draw `emergency` first and loudest. */
  readonly danger: boolean;
  readonly emergency: string;
  /** What the message reads as ("physical abuse"), for the line under the headline. */
  readonly about: string;
  readonly summary: string;
  readonly doNow: readonly string[];
  readonly dont: readonly string[];
  readonly contacts: readonly ContactLine[];
  /**
   * Under the route: the policy's answer to a question in the message, or else the organisation's
   * own reporting clauses; drawn under `answerHeading`, with no buttons.
   */
  readonly answer?: AnswerReply;
  readonly answerHeading: string;
}

/** The flows a person can start. */
export interface FlowMenuReply {
  readonly kind: 'flow-menu';
  readonly org: string;
  readonly intro: string;
  readonly flows: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly description: string;
    readonly button: Button;
  }>;
}

/** One input of a request form. */
export type FormFieldView =
  | {
      readonly type: 'text';
      readonly id: string;
      readonly label: string;
      readonly help?: string;
      readonly required: boolean;
      readonly maxLength: number;
      readonly multiline: boolean;
    }
  | {
      readonly type: 'date';
      readonly id: string;
      readonly label: string;
      readonly help?: string;
      readonly required: boolean;
    }
  | {
      readonly type: 'initials';
      readonly id: string;
      readonly label: string;
      readonly help: string;
      readonly required: boolean;
    }
  | {
      readonly type: 'choice';
      readonly id: string;
      readonly label: string;
      readonly help?: string;
      readonly required: boolean;
      readonly options: ReadonlyArray<{ readonly value: string; readonly label: string }>;
    }
  | {
      readonly type: 'attestation';
      readonly id: string;
      readonly label: string;
      readonly help?: string;
      readonly required: boolean;
      readonly statement: string;
      readonly who?: readonly string[];
      readonly how?: readonly string[];
    };

/** A request form: the flow's fields, any values already given and the problems with them. */
export interface RequestFormReply {
  readonly kind: 'request-form';
  readonly org: string;
  readonly flow: { readonly id: string; readonly title: string; readonly description: string };
  /** What will happen on submit: "Decided by the Activity Leader" / "Voted on by the trustee board". */
  readonly routeSummary: string;
  readonly fields: readonly FormFieldView[];
  /** Field id → message, shown on the field. */
  readonly errors: Readonly<Record<string, string>>;
  readonly submitLabel: string;
}

/** Who is looking at a request, which decides the buttons they get. */
export type Audience = 'approver' | 'voter' | 'requester' | 'observer';

/** A request drawn for one audience: approvers see Approve / Decline, board members see the vote. */
export interface RequestReply {
  readonly kind: 'request';
  readonly audience: Audience;
  readonly request: RequestView;
  readonly title: string;
  /** One line on where it stands: "Pending: waiting for the Activity Leader". */
  readonly status: string;
  /** Label and value lines for the answers (young people by initials only). */
  readonly facts: ReadonlyArray<{ readonly label: string; readonly value: string }>;
  /** "2 for · 1 against · 0 abstain · 3 of 5 voted (quorum 3)". */
  readonly tally?: string;
  /**
   * The flow's conditions, verbatim, while they apply: on a pending request (if approved) and an
   * approved one. None once it is declined, withdrawn, expired or lapsed: nothing is permitted.
   */
  readonly conditions: readonly string[];
  /** What heads them: "Conditions if approved:" while pending, "Conditions:" once approved. */
  readonly conditionsHeading: string;
  readonly actions: readonly Button[];
  /** Decision buttons take an optional comment. */
  readonly commentPrompt?: string;
}

/** A short message: a confirmation, a refusal, an error the person can act on. */
export interface NoticeReply {
  readonly kind: 'notice';
  readonly tone: 'info' | 'success' | 'warning' | 'error';
  readonly text: string;
}

/** One line of the home view. */
export interface RequestSummary {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly submittedAt: string;
}

/** A person's home: their requests and what awaits their decision or vote. */
export interface HomeReply {
  readonly kind: 'home';
  readonly org: string;
  readonly name: string;
  readonly mine: readonly RequestSummary[];
  readonly awaiting: readonly RequestReply[];
  readonly flows: FlowMenuReply['flows'];
}

/** Anything the bot says. */
export type Reply =
  | AnswerReply
  | NoAnswerReply
  | ConcernReply
  | FlowMenuReply
  | RequestFormReply
  | RequestReply
  | NoticeReply
  | HomeReply;
