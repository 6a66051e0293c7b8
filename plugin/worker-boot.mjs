// Plain JavaScript on purpose: a worker started with `--import tsx` cannot load .ts on Node 20,
// so this registers tsx in the worker itself and then loads the TypeScript worker.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
