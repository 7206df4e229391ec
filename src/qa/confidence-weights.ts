/** Fitted by `npm run calibrate` (src/tools/calibrate.ts); the order is FEATURE_NAMES in confidence.ts. */
export const WEIGHTS: readonly number[] = [-2.750, 0.894, 1.236, 1.021, -0.964, -0.221, -0.865, -0.054, 0.797, -0.087, -0.845, 0.155, 1.630];
