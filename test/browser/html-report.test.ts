import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregationCurves, softeningCurves } from '../../engine/math/entropy-curves.js';
import { aggregationOperators } from '../../operators/aggregation/index.js';
import { power } from '../../operators/softening/power.js';
import { renderHtml } from '../../reports/html/index.js';
import type { Audit } from '../../engine/result/model.js';
import { summarize } from '../../reports/summarize.js';
import { sampleAudit } from '../reports/sample-audit.js';

/**
 * The HTML report opened from disk in headless Chromium (Debian's package, driven by playwright-core;
 * nothing is downloaded): the plots render, a graph node navigates, nothing is logged as an error and
 * nothing but the file itself is requested, the matrix header stays in place. The sample audit
 * carries every optional part; its entropy curves are replaced by the real operators' so the plots
 * show real data, and two dozen copies of an operator fill the matrix.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = resolve('test-artifacts');

const withCurves = sampleAudit.operators.map((op) =>
  op.operator === power.name ? { ...op, curves: softeningCurves(power) } : op,
);
/** Two dozen operators, so the matrix has to scroll in its box. */
const crowd = Array.from({ length: 24 }, (_, k) => ({ ...sampleAudit.operators[0], operator: `power/copy-${k + 1}` }));

const audit: Audit = {
  ...sampleAudit,
  operators: [...withCurves, ...crowd],
  aggregation: sampleAudit.aggregation!.map((op) => ({
    ...op,
    curves: aggregationCurves(aggregationOperators.find((a) => a.name === op.operator)!),
  })),
};

let browser: Browser;
let page: Page;
const requests: string[] = [];
const errors: string[] = [];
let url: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = resolve(ARTIFACTS, 'html-report.html');
  writeFileSync(file, await renderHtml(audit, summarize(audit)));
  url = pathToFileURL(file).href;
  browser = await chromium.launch({ executablePath: CHROMIUM });
  page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
  // anything other than the file itself is recorded (above) and refused
  await page.route('**', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/**
 * An excerpt of a real `npm run audit` (seed 42): every statement of Sparse-KD, two softening and one
 * aggregation operator with their results as the audit wrote them (search guidance and mutation
 * analysis left out for size).
 */
const realAudit = JSON.parse(readFileSync(resolve('test/browser/real-audit-excerpt.json'), 'utf8')) as Audit;

describe('the first screen of a real report at 1400×900', () => {
  let first: Page;
  beforeAll(async () => {
    const file = resolve(ARTIFACTS, 'report-first-screen.html');
    writeFileSync(file, await renderHtml(realAudit, summarize(realAudit)));
    first = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await first.goto(pathToFileURL(file).href);
  }, 60_000);

  it('shows the key findings without scrolling, the refuted statements first, before any count', async () => {
    const heading = await first.locator('#key-findings h2').boundingBox();
    expect(heading!.y + heading!.height).toBeLessThan(200);
    const rows = first.locator('#key-findings tr.finding');
    expect(await rows.count()).toBe(summarize(realAudit).keyFindings.length);
    // the three refuted statements, with their reasons and counterexamples, are whole on the first screen
    for (let k = 0; k < 3; k++) {
      const box = (await rows.nth(k).boundingBox())!;
      expect(box.y + box.height, `finding ${k + 1}`).toBeLessThanOrEqual(900);
      await expect(rows.nth(k).locator('.badge').textContent()).resolves.toBe('refuted');
    }
    const counts = (await first.locator('#counts').boundingBox())!;
    expect(counts.y).toBeGreaterThan(heading!.y);
    await first.screenshot({ path: resolve(ARTIFACTS, 'report-first-screen.png') });
  });

  it('draws the statement graph with every label inside its node and no two nodes overlapping', async () => {
    const nodes = await first.locator('svg.statement-graph .node').evaluateAll((els) =>
      els.map((n) => {
        const rect = n.querySelector('rect')!.getBBox();
        const texts = [...n.querySelectorAll('text')].map((t) => t.getBBox());
        return {
          rect: { x: rect.x, y: rect.y, w: rect.width, h: rect.height },
          inside: texts.every((t) => t.x >= rect.x && t.x + t.width <= rect.x + rect.width),
        };
      }),
    );
    expect(nodes.length).toBeGreaterThanOrEqual(realAudit.statements!.length);
    expect(nodes.filter((n) => !n.inside)).toEqual([]);
    const overlap = (a: (typeof nodes)[0]['rect'], b: (typeof nodes)[0]['rect']) =>
      a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    const pairs = nodes.flatMap((a, i) => nodes.slice(i + 1).filter((b) => overlap(a.rect, b.rect)));
    expect(pairs).toEqual([]);
  });
});

/** Width and height of the first element matching the selector, as laid out. */
async function size(selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  return box ?? { width: 0, height: 0 };
}

describe('the HTML report in Chromium', () => {
  it('renders the statement graph, a counterexample plot and an entropy plot', async () => {
    const graph = await size('svg.statement-graph');
    expect(graph.width).toBeGreaterThan(200);
    expect(graph.height).toBeGreaterThan(40);
    expect(await page.locator('svg.statement-graph .node').count()).toBe(3);
    for (const plot of ['.cx svg.plot.bars', '.cx svg.plot.interval', 'svg.plot.entropy']) {
      const box = await size(plot);
      expect(box.width, plot).toBeGreaterThan(150);
      expect(box.height, plot).toBeGreaterThan(50);
    }
    const curve = await page
      .locator('svg.plot.entropy path.curve')
      .first()
      .evaluate((p) => (p as SVGPathElement).getTotalLength());
    expect(curve).toBeGreaterThan(100);
    const bars = await page
      .locator('.cx svg.plot.bars')
      .first()
      .evaluate((svg) => [...svg.querySelectorAll('rect')].map((r) => r.getBBox().height));
    expect(Math.max(...bars)).toBeGreaterThan(50);
  });

  it('shows a hostile operator name as text', async () => {
    expect(await page.locator('img').count()).toBe(0);
    await expect(page.locator('#operator-img-src-x-onerror-alert-1-pipe h3').textContent()).resolves.toBe(
      '<img src=x onerror=alert(1)> | pipe',
    );
  });

  it('jumps to a statement when its node is clicked', async () => {
    await page.locator('svg.statement-graph a.node').nth(1).click();
    await page.waitForFunction(() => location.hash === '#sparse-kd-abstract-rate-b-reading-b');
    const inView = await page.evaluate(() => {
      const top = document.getElementById('sparse-kd-abstract-rate-b-reading-b')!.getBoundingClientRect().top;
      return { top, scrolled: scrollY, height: innerHeight };
    });
    expect(inView.scrolled).toBeGreaterThan(0);
    expect(inView.top).toBeGreaterThanOrEqual(-1);
    expect(inView.top).toBeLessThan(inView.height / 2);
    await page.screenshot({ path: resolve(ARTIFACTS, 'html-report.png'), fullPage: true });
  });

  it('keeps the matrix header in place while two dozen operators scroll under it', async () => {
    const box = page.locator('#softening-matrix + .matrix');
    await box.evaluate((el) => el.scrollTo(0, 300));
    const scrolled = await box.evaluate((el) => el.scrollTop);
    expect(scrolled).toBeGreaterThan(100);
    const [outer, head] = [await box.boundingBox(), await box.locator('thead th').first().boundingBox()];
    expect(Math.abs(head!.y - outer!.y)).toBeLessThan(2);
  });

  it('logs no error and requests nothing but the file', () => {
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
  });
});
