import { float64, type Num } from '../../../engine/num/index.js';

/**
 * float64 with every arithmetic call counted (a sum of n terms counts n − 1 additions): a
 * deterministic measure of an operator's cost, unlike wall-clock time on a shared machine.
 */
export function countingFloat64(): { N: Num<number>; count: () => number } {
  let calls = 0;
  const counted =
    <A extends unknown[], R>(f: (...args: A) => R) =>
    (...args: A): R => {
      calls++;
      return f(...args);
    };
  const N: Num<number> = {
    ...float64,
    add: counted(float64.add),
    sub: counted(float64.sub),
    mul: counted(float64.mul),
    div: counted(float64.div),
    neg: counted(float64.neg),
    abs: counted(float64.abs),
    exp: counted(float64.exp),
    ln: counted(float64.ln),
    pow: counted(float64.pow),
    min: counted(float64.min),
    max: counted(float64.max),
    lt: counted(float64.lt),
    le: counted(float64.le),
    sum: (xs) => {
      calls += Math.max(0, xs.length - 1);
      return float64.sum(xs);
    },
  };
  return { N, count: () => calls };
}
