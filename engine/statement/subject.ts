import type { AuditedOperator } from '../operator.js';

/**
 * The "operator" a statement's check runs on when the statement is not about a user's operator:
 * the engine (search, corpus, replay) is keyed by check × operator, and a statement is its own
 * subject. Checks that quantify over operator families carry the family in their instances.
 */
export const STATEMENT_SUBJECT: AuditedOperator = {
  kind: 'statement',
  name: 'statement',
  description: 'the statement itself',
  exactness: 'generic',
};
