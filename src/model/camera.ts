/**
 * The cameras a figure is drawn through: an orthographic view from a direction given by an azimuth
 * (turned about the vertical, from the person's right side towards their feet) and an elevation
 * (up from the floor). Pure, so Node tests measure what each view shows.
 */
import type { FigureView } from './figure.js';
import type { Point } from './kinematics.js';

/** A camera direction, in degrees. */
export interface Camera {
  /** 0 = from the person's right side; 90 = from beyond their feet (when lying). */
  readonly azimuth: number;
  /** 0 = level with the floor; at most 35 here, so no figure is drawn from above. */
  readonly elevation: number;
}

export const CAMERAS: Readonly<Record<FigureView, Camera>> = {
  side: { azimuth: 0, elevation: 8 },
  'three-quarter': { azimuth: 56, elevation: 24 },
  feet: { azimuth: 64, elevation: 26 },
};

/** A point on the drawing: x to the right, y down (SVG), and depth towards the viewer. */
export type Projected = readonly [x: number, y: number, depth: number];

/** Projects a body point (units of height; see `kinematics.ts`) through the view's camera. */
export function projector(view: FigureView | undefined): (p: Point) => Projected {
  const { azimuth, elevation } = CAMERAS[view ?? 'side'];
  const [a, e] = [(azimuth * Math.PI) / 180, (elevation * Math.PI) / 180];
  const [sa, ca, se, ce] = [Math.sin(a), Math.cos(a), Math.sin(e), Math.cos(e)];
  return ([x, y, z]) => [x * ca - z * sa, -(-x * se * sa + y * ce - z * se * ca), x * ce * sa + y * se + z * ce * ca];
}
