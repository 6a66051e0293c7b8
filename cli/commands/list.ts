import { sparseKdCatalogue, type CatalogueRow } from '../../properties/catalogue.js';
import { EXIT } from '../exit-codes.js';

/** `kdaudit list`: the statements of the papers and the claims that encode them, read from the claim objects (nothing runs). */
export function runList(opts: { json?: boolean }): number {
  const rows = sparseKdCatalogue();
  process.stdout.write(opts.json ? `${JSON.stringify(rows, null, 2)}\n` : renderCatalogue(rows));
  return EXIT.ok;
}

function renderCatalogue(rows: CatalogueRow[]): string {
  const encoded = rows.filter((r) => r.claims.length && r.where).length;
  const listed = rows.filter((r) => r.where).length;
  const lines = [`Sparse-KD: ${listed} statements in the paper's list, ${encoded} with claims.`, ''];
  for (const row of rows) {
    if (!row.claims.length) lines.push(`  ${row.id.padEnd(32)} NO CLAIM   ${row.where}`);
    for (const c of row.claims) {
      const reading = c.variant ? ` [${c.variant}]` : '';
      lines.push(`  ${c.id.padEnd(32)} §${c.section.padEnd(8)} ${c.label}${reading} — ${c.title}  (properties/${c.file})${row.where ? '' : '  NOT IN THE PAPER\'S LIST'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
