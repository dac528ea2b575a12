/** What a renderer needs beyond the reply: ids, so fragments can sit side by side in one page. */
export interface RenderContext {
  /** A fresh form submission id; it becomes the request id, so a double submit files one request. */
  submissionId(): string;
  /** An element id unique in the page, for `<label for>` and `aria-describedby`. */
  elementId(prefix: string): string;
}

/**
 * A context whose element ids start with `scope` (make it unique per response, so fragments
 * fetched at different times never share an id) and whose submission ids come from `newSubmissionId`.
 */
export function renderContext(options: {
  readonly scope: string;
  readonly newSubmissionId: () => string;
}): RenderContext {
  let next = 0;
  return {
    submissionId: options.newSubmissionId,
    elementId: (prefix) => `${prefix}-${options.scope}-${++next}`,
  };
}
