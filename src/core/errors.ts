/**
 * Every error Policy Desk raises on purpose carries a stable string code, as Bolt's errors do.
 * The core raises them; the platforms map their own failures onto them (a Bot Framework token
 * that does not check out is `policy_desk_unauthenticated`, a Slack call that fails is
 * `policy_desk_platform_error`). Recoverable outcomes (a refused approval, a vote already cast)
 * are results, not errors. A test checks that each code is raised somewhere.
 */
export type ErrorCode =
  /** The policy corpus fails validation (PolicyValidationError lists every problem). */
  | 'policy_desk_policy_invalid'
  /** An organisation name that the policies folder does not hold. */
  | 'policy_desk_unknown_org'
  /** A question the bot cannot take (empty, too long). */
  | 'policy_desk_bad_question'
  /** A setting that is missing or wrong (environment, audit key, a package setting). */
  | 'policy_desk_config_invalid'
  /** The store failed, or refused a write it must refuse (records are write-once). */
  | 'policy_desk_store_error'
  /** A record, flow or installation that does not exist. */
  | 'policy_desk_not_found'
  /** Input from outside that does not parse (an evaluation file line, an unsupported channel). */
  | 'policy_desk_invalid_input'
  /** Concurrent writers that did not settle. */
  | 'policy_desk_conflict'
  /** A command-line tool called wrongly: shown with its usage line, exit code 2. */
  | 'policy_desk_usage'
  /** A platform request whose credentials did not check out (answered 401; nothing runs). */
  | 'policy_desk_unauthenticated'
  /** Slack or Teams failed, answered unexpectedly, or cannot carry what was to be sent. */
  | 'policy_desk_platform_error';

/** A coded error whose message tells the reader what went wrong and what to do. */
export class PolicyDeskError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PolicyDeskError';
    this.code = code;
  }
}

/** One problem in one policy file, located by line. */
export interface PolicyProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Raised when the policy corpus fails validation; lists every problem found, not just the first. */
export class PolicyValidationError extends PolicyDeskError {
  readonly problems: readonly PolicyProblem[];

  constructor(problems: readonly PolicyProblem[]) {
    super(
      'policy_desk_policy_invalid',
      `Policy Desk: the policy corpus has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'PolicyValidationError';
    this.problems = problems;
  }
}

/** Formats a problem as `file:line: message`, the convention editors and terminals link. */
export function formatProblem(problem: PolicyProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}
