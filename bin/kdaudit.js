#!/usr/bin/env node
// Entry point: registers tsx so the TypeScript sources (and users' .ts plugins) load without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
