import { paperCatalogue, type CatalogueEntry, type PaperCatalogue } from '../../properties/catalogue.js';
import { papers } from '../../properties/registry.js';
import { EXIT } from '../exit-codes.js';

/** `kdaudit list`: each registered paper's statements and the claims that encode them, read from the claim objects (nothing runs). */
export function runList(opts: { json?: boolean }): number {
  const catalogues = papers.map(paperCatalogue);
  process.stdout.write(opts.json ? `${JSON.stringify(catalogues, null, 2)}\n` : catalogues.map(renderCatalogue).join('\n'));
  return EXIT.ok;
}

function renderCatalogue({ paper, rows, operators }: PaperCatalogue): string {
  const encoded = rows.filter((r) => r.claims.length && r.where).length;
  const listed = rows.filter((r) => r.where).length;
  const lines = [
    `${paper.id}: ${paper.title} (arXiv ${paper.arxiv}; ${paper.authors.join(', ')})`,
    `${listed} statements in the paper's list, ${encoded} with claims.`,
    ...Object.entries(operators).map(([family, names]) => `Its ${family} operators: ${names.join(', ')}.`),
    '',
  ];
  for (const row of rows) {
    if (!row.claims.length) lines.push(`  ${row.id.padEnd(32)} NO CLAIM   ${row.where}`);
    for (const c of row.claims) lines.push(`  ${c.id.padEnd(32)} ${describe(c)}${row.where ? '' : "  NOT IN THE PAPER'S LIST"}`);
  }
  return `${lines.join('\n')}\n`;
}

function describe(c: CatalogueEntry): string {
  const reading = c.variant ? ` [${c.variant}]` : '';
  const where = c.file ? `  (properties/${c.file})` : '';
  if (c.kind === 'statement') return `§${c.section.padEnd(8)} ${c.label}${reading} — ${c.title}${where}`;
  const on = c.kind === 'existence' ? `settled from the ${c.family} operators` : `${c.kind} on every ${c.family} operator`;
  return `${on}${reading} — ${c.title}${where}`;
}
