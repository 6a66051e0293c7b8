/** Each of A and B is assignable to the other. */
type Interchangeable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Interchangeable, with the same keys: an optional field one of them lacks makes them differ too. */
export type SameType<A, B> = Interchangeable<A, B> extends true ? Interchangeable<keyof A, keyof B> : false;

/**
 * A compile-time proof that a schema's inferred type and a type declared elsewhere agree:
 * `sameType<z.infer<typeof s>, Declared>(true)` stops compiling the moment one of them changes
 * without the other, so a schema cannot drift from the type the code produces.
 */
export const sameType = <A, B>(proof: SameType<A, B>): SameType<A, B> => proof;
