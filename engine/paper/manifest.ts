/** A section of a paper, by its own numbering: { id: 'VII', title: 'Bias-variance analysis for abstract operators' }. */
export interface PaperSection {
  readonly id: string;
  readonly title: string;
}

/**
 * One entry of the paper's own list of statements, kept by hand from the paper and independently of
 * the claim files, so that a statement nobody encoded shows up as missing instead of vanishing.
 */
export interface NumberedStatement {
  /** The claim id that encodes it: '<paper>/<numbering>' ('my-paper/theorem-2.1'), or an axiom's id ('A3'). */
  readonly id: string;
  /** Where the paper states it, in a few words: '§VII: Theorem VII.1 (bias-variance)'. */
  readonly where: string;
}

/** What a paper is, apart from its claims: the data `kdaudit list` prints and the catalogue test checks against. */
export interface PaperManifest {
  /** The folder name under properties/ and the prefix of the paper's claim ids: 'my-paper'. */
  readonly id: string;
  readonly title: string;
  readonly authors: readonly string[];
  /** arXiv identifier, e.g. '2601.03195'. */
  readonly arxiv: string;
  readonly sections: readonly PaperSection[];
  /** The paper's statements in paper order (see NumberedStatement). */
  readonly numbered: readonly NumberedStatement[];
}
