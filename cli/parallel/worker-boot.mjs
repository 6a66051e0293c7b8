// Plain JavaScript on purpose (as plugin/worker-boot.mjs): a worker started with `--import tsx`
// cannot load .ts on Node 20, so from the sources this registers tsx in the worker itself (compiled,
// the entry is JavaScript and needs none), then hands tinypool the default export of the module
// named in the pool's workerData.
import { Tinypool } from 'tinypool';

const { entry } = Tinypool.workerData;
if (entry.endsWith('.ts')) (await import('tsx/esm/api')).register();
const { default: handler } = await import(entry);
export default handler;
