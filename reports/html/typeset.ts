import { esc } from './escape.js';

/**
 * The statements are plain Unicode with a few LaTeX-like bits (p^(1/T), Δ^V, p_k, {F_T}_{T>0}).
 * Without a CDN there is no LaTeX engine, so those bits become <sup>/<sub> and the rest stays as
 * written. The text is escaped first; the tags are inserted afterwards, so none comes from the input.
 */
const TOKEN = String.raw`[\p{L}\p{N}±′']+`;
const SUP = new RegExp(String.raw`\^(?:\{([^{}]*)\}|\(((?:[^()]|\([^()]*\))*)\)|(${TOKEN}))`, 'gu');
const SUB = new RegExp(String.raw`_(?:\{([^{}]*)\}|(${TOKEN}))`, 'gu');

export function typeset(s: string): string {
  return esc(s)
    .replace(SUP, (_, braces, parens, token) => `<sup>${braces ?? parens ?? token}</sup>`)
    .replace(SUB, (_, braces, token) => `<sub>${braces ?? token}</sub>`);
}
