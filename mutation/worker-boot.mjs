// Plain JavaScript on purpose (as plugin/worker-boot.mjs): a worker cannot load .ts on Node 20 until
// tsx is registered in it. tsx is registered in every case, compiled (the package's dist/) too: a
// mutant of a user's .ts plugin is imported here. Then this hands the pool the task function, from
// the TypeScript source beside it when there is one (the repository), else the compiled module.
import { existsSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const source = new URL('./mutant-worker.ts', import.meta.url);
const { default: runMutantTask } = await import(existsSync(source) ? source.href : './mutant-worker.js');
export default runMutantTask;
