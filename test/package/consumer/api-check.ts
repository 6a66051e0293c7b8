// The programmatic check, as an ES module project imports it (types only; not run here).
import { checkOperatorModule, type ModuleCheck } from 'kdaudit';

export const check = (): ModuleCheck => checkOperatorModule('./my-operator.ts', { effort: 0.1, kind: 'softening' });
