import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validateAgainst } from '../../engine/result/read-json.js';
import { auditSchema } from '../../engine/result/model.js';
import { sampleAudit } from '../reports/sample-audit.js';

describe('a file read back', () => {
  it('keeps the order of keys it was written in (a merged or resumed audit serialises as the original)', () => {
    const written = { b: 1, a: { d: 2, c: 3 } };
    const read = validateAgainst(z.strictObject({ a: z.strictObject({ c: z.number(), d: z.number() }), b: z.number() }), written);
    expect('value' in read && JSON.stringify(read.value)).toBe(JSON.stringify(written));
  });

  it('of a real audit, serialises byte for byte as written', () => {
    const text = JSON.stringify(sampleAudit);
    const read = validateAgainst(auditSchema, JSON.parse(text));
    expect('value' in read && JSON.stringify(read.value)).toBe(text);
  });
});
