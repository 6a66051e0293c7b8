import type { PointAtTemperature } from '../../engine/domains/softening-points.js';

/** A2's instance: a point, a temperature and the direction of the move whose limit is taken. */
export interface JumpProbe extends PointAtTemperature {
  /** 'T+', 'T-', or the index of the vertex p moves toward. */
  move: 'T+' | 'T-' | number;
}
