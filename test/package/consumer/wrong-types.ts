// A subtly wrong operator: apply takes strings. The types must reject it (one error, here only).
import type { SofteningPlugin } from 'kdaudit';

export const wrong: SofteningPlugin = { kind: 'softening', name: 'wrong', apply: (p: string[]) => p.map(Number) };
