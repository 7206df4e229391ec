/** Fitted by `npm run calibrate` (scripts/calibrate.ts); the order is FEATURE_NAMES in confidence.ts. */
export const WEIGHTS: readonly number[] = [-2.730, 1.016, 1.482, 2.353, -0.799, -0.086, -0.631, -0.242, 0.669, -0.051, -0.792, 0.000];
