/** Fitted by `npm run calibrate` (src/tools/calibrate.ts); the order is FEATURE_NAMES in confidence.ts. */
export const WEIGHTS: readonly number[] = [-2.712, 0.835, 1.317, 1.403, -0.925, -0.132, -0.980, -0.058, 0.354, 0.045, -1.004, 0.000, 1.867];
