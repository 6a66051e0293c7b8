import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, OUTPUT_SCHEMAS, SCHEMA_BASE_URL } from '../../cli/output-schemas.js';

describe('schemas/: the committed JSON Schemas are what the zod schemas generate', () => {
  it.each(OUTPUT_SCHEMAS.map((output) => [output.file, output] as const))(
    '%s (regenerate with npm run schemas)',
    (file, output) => {
      expect(readFileSync(`schemas/${file}`, 'utf8')).toBe(jsonSchemaText(output));
    },
  );

  it('holds one file per output and nothing else', () => {
    expect(readdirSync('schemas').sort()).toEqual(OUTPUT_SCHEMAS.map((o) => o.file).sort());
  });

  it('each names itself, its draft and the output it describes, and requires schemaVersion', () => {
    for (const { file } of OUTPUT_SCHEMAS) {
      const schema = JSON.parse(readFileSync(`schemas/${file}`, 'utf8'));
      expect(schema.$id).toBe(`${SCHEMA_BASE_URL}${file}`);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.title).toMatch(/^kdaudit /);
      expect(schema.required).toContain('schemaVersion');
    }
  });

  it('a changed zod schema no longer matches its committed file (the comparison can fail)', () => {
    const [audit] = OUTPUT_SCHEMAS;
    const changed = jsonSchemaText({
      ...audit,
      schema: audit.schema.extend({ extra: audit.schema.shape.tool }),
    } as unknown as typeof audit);
    expect(changed).not.toBe(readFileSync(`schemas/${audit.file}`, 'utf8'));
  });
});
