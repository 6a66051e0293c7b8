// Plain JavaScript on purpose (as plugin/worker-boot.mjs): a worker started with `--import tsx`
// cannot load .ts on Node 20, so this registers tsx in the worker itself, then hands tinypool the
// default export of the TypeScript module named in the pool's workerData.
import { register } from 'tsx/esm/api';
import { Tinypool } from 'tinypool';

register();
const { default: handler } = await import(Tinypool.workerData.entry);
export default handler;
