#!/usr/bin/env node
// Entry point: registers tsx so the TypeScript sources load without a build step (users' plugins are
// loaded in their worker, cli/plugin/worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
