// Plain JavaScript on purpose: a worker started with `--import tsx` cannot load .ts on Node 20, so
// from the sources this registers tsx in the worker itself and then loads the TypeScript worker.
// Compiled (the package's dist/), the entry is JavaScript and needs no tsx: users' plugins are
// loaded by tsx's tsImport in the worker (worker.ts), which registers itself.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) (await import('tsx/esm/api')).register();
await import(workerData.entry);
