import { readFileSync } from 'node:fs';

/** package.json, from the sources (cli/) or from the compiled package (dist/cli/). */
const PACKAGE_JSON = new URL(import.meta.url.endsWith('.ts') ? '../package.json' : '../../package.json', import.meta.url);

/** The package version, read once from package.json. */
export const TOOL_VERSION: string = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')).version;
