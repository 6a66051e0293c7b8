import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/**
 * The first of zod's issues as one line a person can act on: where (`counterexample.instance.p[2]`,
 * or `(top level)`) and what was expected, with what was found.
 */
export function firstProblem(issues: readonly Issue[]): string {
  const { path, message } = pinpoint(mostTelling(issues), []);
  return `${fieldPath(path)}: ${message}`;
}

/**
 * zod lists an object's missing fields before its unexpected ones; but a field nested one level too
 * deep (`{ "entry": { … } }`) shows as both, and the unexpected field is the one to fix.
 */
function mostTelling(issues: readonly Issue[]): Issue {
  const unexpected = issues.find((i) => i.code === 'unrecognized_keys' && i.path.length <= issues[0].path.length);
  return unexpected ?? issues[0];
}

/**
 * A union none of whose branches matched: a branch whose `kind` field does not match is another
 * variant, not the one meant; of the others, the first that got past the union's own place says
 * what is wrong inside it. When every branch failed at the union itself, the union's message
 * stands (the schemas give their unions one that lists the accepted forms).
 */
function pinpoint(issue: Issue, base: Path): { path: Path; message: string } {
  const path = [...base, ...issue.path];
  if (issue.code === 'invalid_union') {
    const meant = issue.errors.filter((branch) => !branch.some(isOtherVariant));
    const deeper = meant.map((branch) => branch[0]).find((first) => first && first.path.length > 0);
    if (deeper) return pinpoint(deeper, path);
    if (meant.length === 0 && issue.errors.length > 0)
      return unknownVariant(
        issue.errors.map((branch) => branch.find(isOtherVariant)!),
        path,
      );
  }
  if (issue.code === 'unrecognized_keys') return { path: [...path, issue.keys[0]], message: 'unexpected field' };
  return { path, message: messageOf(issue) };
}

/** Every branch of a union refused the `kind`: the kind is what is wrong, and any of theirs would do. */
function unknownVariant(kinds: Issue[], base: Path): { path: Path; message: string } {
  const accepted = [...new Set(kinds.flatMap((k) => (k.code === 'invalid_value' ? k.values : [])))];
  const got = 'input' in kinds[0] ? kinds[0].input : undefined;
  return { path: [...base, ...kinds[0].path], message: `expected ${oneOf(accepted)}, got ${show(got)}` };
}

const isOtherVariant = (issue: Issue) => issue.code === 'invalid_value' && issue.path.at(-1) === 'kind';

function messageOf(issue: Issue): string {
  const got = 'input' in issue ? issue.input : undefined;
  if (issue.code === 'invalid_type')
    return got === undefined
      ? `missing (expected ${article(issue.expected)})`
      : `expected ${article(issue.expected)}, got ${show(got)}`;
  // zod's own messages start 'Invalid'; a schema's custom message is kept as it is
  if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid'))
    return `expected ${oneOf(issue.values)}, got ${show(got)}`;
  return issue.message;
}

const oneOf = (values: readonly unknown[]) => (values.length === 1 ? show(values[0]) : `one of ${values.map(show).join(', ')}`);

/** zod's type names as a JSON file's reader knows them. */
const JSON_NAMES: Record<string, string> = { record: 'object', int: 'integer', tuple: 'array' };

const article = (zodType: string) => {
  const type = JSON_NAMES[zodType] ?? zodType;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
};

/** A found value, short: `"abc"`, `3`, `an array`, `an object`, `null`. */
function show(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object' && v !== null) return 'an object';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

/** `a.b[2]["w (p = w/Σw)"]`, each name cut to 40 characters; the top level of the file is `(top level)`. */
function fieldPath(path: Path): string {
  if (path.length === 0) return '(top level)';
  const name = (key: PropertyKey) => (String(key).length > 40 ? `${String(key).slice(0, 39)}…` : String(key));
  return path
    .map((key, i) =>
      typeof key === 'number'
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `${i ? '.' : ''}${name(key)}`
          : `[${JSON.stringify(name(key))}]`,
    )
    .join('');
}
