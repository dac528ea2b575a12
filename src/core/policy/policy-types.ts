/** Facts about one policy document, from its front matter. */
export interface PolicyDocumentMeta {
  readonly id: string;
  readonly title: string;
  readonly organisation: string;
  readonly version?: string;
  readonly approved?: string;
  readonly approvedBy?: string;
  readonly updated?: string;
  readonly review?: string;
  readonly reviewer?: string;
  readonly source: string;
  readonly numbering: 'numbered' | 'positional';
}

/** What a clause is: policy wording quoted verbatim, or facts about a document or organisation. */
export type ClauseKind = 'clause' | 'facts';

/** The unit that answers quote in full and cite. */
export interface Clause {
  /** `<document id>#<label>`: unique across the deployment. */
  readonly id: string;
  readonly documentId: string;
  /** The document's own number (`4.3`, `4.1 (2)`) or a section-and-position label. */
  readonly label: string;
  /** Section path joined with ` > `. */
  readonly section: string;
  /** Verbatim text; blocks on separate lines, list items prefixed with `• `. */
  readonly text: string;
  /** The lead-in this clause continues (e.g. "Precautions to be taken include:"), if any. */
  readonly context?: string;
  /** "Also asked as": how staff ask about this clause, written by the admin under it (searched, never quoted). */
  readonly asked?: readonly string[];
  /** 1-based line in the source file where the clause starts. */
  readonly line: number;
  readonly kind: ClauseKind;
}

/** A parsed policy document. */
export interface PolicyDocument {
  readonly meta: PolicyDocumentMeta;
  readonly clauses: readonly Clause[];
  /** Hash of the document source, recorded with every approval decision. */
  readonly versionHash: string;
  /** The file it came from, relative to the policies folder. */
  readonly file: string;
}
