import { esc } from './escape.js';

/**
 * The document around the report: all styling inline, system fonts only, no script, so the file
 * opens from disk with no network (the Content-Security-Policy forbids any load or script, a second
 * line of defence behind escaping). Verdict colours are CSS variables per class v-<verdict>, shared by
 * badges, graph nodes and matrix cells.
 */
const CSS = `
:root{--fg:#1d1d1f;--muted:#5f6368;--line:#d0d4da;--bg:#fff;--soft:#f5f6f8}
.v-proved{--v:#1b7837;--vt:#fff}.v-holds{--v:#7fbc41;--vt:#10240a}.v-conditional{--v:#f1a340;--vt:#2b1600}
.v-refuted{--v:#d73027;--vt:#fff}.v-vacuous{--v:#8073ac;--vt:#fff}.v-unfalsifiable{--v:#4393c3;--vt:#fff}.v-error{--v:#404040;--vt:#fff}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1100px;padding:0 20px 60px}
h1{margin:24px 0 4px}h2{margin-top:40px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{margin:28px 0 8px}h4{margin:18px 0 6px}h5{margin:10px 0 4px;font-size:14px}
code{font:13px/1.4 ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace;background:var(--soft);padding:1px 4px;border-radius:3px;overflow-wrap:anywhere}
.small,.key{font-size:13px;color:var(--muted)}
nav{font-size:14px}nav a{margin-right:14px}
.badge{display:inline-block;background:var(--v);color:var(--vt);border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;vertical-align:middle}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px 18px;font-size:13px;color:var(--muted)}
blockquote.math{font-family:"STIX Two Text","Cambria Math",Cambria,"Latin Modern Roman","DejaVu Serif",Georgia,serif;font-size:17px;margin:8px 0;padding:8px 14px;border-left:4px solid var(--line);background:var(--soft)}
sub,sup{font-size:72%;line-height:0}
.reading{font-weight:normal;color:var(--muted)}
section.statement,section.operator{border-top:1px solid var(--line);scroll-margin-top:8px}
.result{scroll-margin-top:8px}
.graph{margin:0 0 16px;overflow-x:auto}.graph figcaption{font-size:13px;color:var(--muted)}
.statement-graph .node rect{fill:var(--v,#fff);stroke:#00000040}.statement-graph .node text{fill:var(--vt,#333);font-size:12px;text-anchor:middle}
.statement-graph .node .sub{font-size:10.5px;opacity:.9}.statement-graph a.node:hover rect,.statement-graph a.node:focus rect{stroke:#000;stroke-width:2}
.statement-graph .ext rect{fill:#fff;stroke:#888;stroke-dasharray:4 3}.statement-graph .ext text{fill:#333}
.statement-graph .edges path{fill:none;stroke:#777;stroke-width:1.3}.statement-graph .edges .forward{stroke-dasharray:5 4}.statement-graph marker path{fill:#777}.statement-graph .band{font-size:13px;fill:var(--muted);font-weight:600}
.matrix{overflow:auto;max-height:75vh;border:1px solid var(--line);margin:8px 0 16px}
.matrix table{border-collapse:separate;border-spacing:0;font-size:13px}
.matrix thead th{position:sticky;top:0;background:var(--bg);z-index:2;border-bottom:1px solid var(--line)}
.matrix th.col{vertical-align:bottom;padding:6px 2px;font-weight:500}.matrix th.col span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
.matrix th.row,.matrix th.corner{position:sticky;left:0;background:var(--bg);text-align:left;padding:2px 10px 2px 8px;white-space:nowrap;font-weight:500;z-index:1}
.matrix th.corner{z-index:3}
.matrix td{padding:0;border:1px solid var(--bg);min-width:26px;height:24px;text-align:center}
.matrix td.cell{background:var(--v)}.matrix td.cell a{display:block;color:var(--vt);text-decoration:none;font-weight:700;line-height:24px}
.matrix tbody tr:hover th{background:var(--soft)}
table.steps,table.existence,table.values,table.statements{border-collapse:collapse;font-size:14px;margin:8px 0}
table.steps td,table.steps th,table.existence td,table.existence th,table.statements td,table.statements th{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
table.values th{text-align:right;padding:2px 8px 2px 0;font-weight:500;vertical-align:top}table.values td code{display:block;max-height:8em;overflow:auto}
.cx{border:1px solid #d7302740;border-radius:6px;padding:4px 12px;margin:10px 0;background:#fff8f7}
.figures{display:flex;flex-wrap:wrap;gap:8px 24px;align-items:flex-start}
.plot{max-width:100%;height:auto;background:#fff}.plot .grid{stroke:#e6e8eb}.plot .axis{stroke:#555}.plot .zero{stroke:#000;stroke-width:1.5}
.plot .tick,.plot .key{font-size:11px;fill:var(--muted)}.plot .title{font-size:12px;font-weight:600;fill:var(--fg)}.plot .enclosure{fill:#d73027}
.plot .allowed{fill:#1b783722}.plot .allowed-label{font-size:11px;fill:#1b7837}
figure.interval{margin:0;max-width:560px}figure.interval figcaption{font-size:13px}figure.interval .quantity{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12.5px}
.plot .curve{fill:none;stroke-width:2}
.entropy{margin:8px 0}.entropy ul.key{list-style:none;padding:0;margin:4px 0}.swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;vertical-align:middle}
.findings{font-size:14px}
ul.steps{list-style:none;padding:0;margin:0;font-size:13px}
table.key-findings{border-collapse:collapse;font-size:13.5px;line-height:1.35;margin:6px 0}
table.key-findings td,table.key-findings th{border-bottom:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
table.key-findings td:nth-child(2){min-width:210px}.key-findings .small{font-size:12px}
.cx-line{font-size:12.5px;color:var(--muted)}.cx-line code{font-size:12px}
#key-findings h2{margin-top:16px}
@media print{.matrix{max-height:none;overflow:visible}}
`;

export const page = (title: string, body: string): string => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>${CSS.trim()}</style>
</head>
<body>
${body}
</body>
</html>
`;
