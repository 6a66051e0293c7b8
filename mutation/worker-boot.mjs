// Plain JavaScript on purpose (as plugin/worker-boot.mjs): a worker cannot load .ts on Node 20
// until tsx is registered in it; this registers tsx, then hands the pool the TypeScript task function.
import { register } from 'tsx/esm/api';

register();
const { default: runMutantTask } = await import('./mutant-worker.ts');
export default runMutantTask;
