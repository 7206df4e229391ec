/** Fitted by `npm run calibrate` (src/tools/calibrate.ts); the order is FEATURE_NAMES in confidence.ts. */
export const WEIGHTS: readonly number[] = [-2.600, 0.730, 1.102, 1.393, -0.753, -0.168, -0.797, -0.120, 0.720, 0.009, -1.004, 0.000, 1.653];
