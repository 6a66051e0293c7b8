// `npm run schemas`: regenerate schemas/*.schema.json from the zod schemas (cli/output-schemas.ts).
import { writeOutputSchemas } from '../cli/output-schemas.js';

for (const path of writeOutputSchemas(new URL('../schemas/', import.meta.url).pathname)) console.log(`wrote ${path}`);
