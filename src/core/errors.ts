/** Every error Policy Desk raises on purpose carries a stable string code, as Bolt's errors do. */
export type ErrorCode =
  | 'policy_desk_policy_invalid'
  | 'policy_desk_unknown_org'
  | 'policy_desk_bad_question'
  | 'policy_desk_config_invalid'
  | 'policy_desk_store_error'
  | 'policy_desk_not_found'
  | 'policy_desk_forbidden'
  | 'policy_desk_invalid_input'
  | 'policy_desk_conflict'
  | 'policy_desk_audit_broken';

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
