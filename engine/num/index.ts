export type { Num, AnyNum, ArithmeticKind, Maybe } from './num.js';
export { float64 } from './float64.js';
export { decimalNum, decimalContext, type DecimalCtor } from './decimal.js';
export { intervalNum, type Interval } from './interval.js';
export { exactDecimalOfDouble } from './exact-double.js';
