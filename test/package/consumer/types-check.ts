// kdaudit's plugin types as a user's strict project sees them: these must compile.
import type { AggregationPlugin, SofteningPlugin } from 'kdaudit';

export const identity: SofteningPlugin = { kind: 'softening', name: 'identity', apply: (p) => p };
export const first: AggregationPlugin = { kind: 'aggregation', name: 'first', apply: (teachers) => teachers[0] ?? [] };
