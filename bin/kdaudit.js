#!/usr/bin/env node
// Entry point. In the repository the TypeScript sources sit beside this folder and run through tsx,
// so `npm ci && npm run audit` needs no build and never runs a stale one. The published package
// ships no sources, only the compiled dist/ (npm pack builds it): that runs as plain JavaScript,
// tsx being loaded only in the plugin worker, for users' .ts modules.
import { existsSync } from 'node:fs';

const sources = new URL('../cli/main.ts', import.meta.url);
if (existsSync(sources)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(sources.href);
} else {
  await import('../dist/cli/main.js');
}
