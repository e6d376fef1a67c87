/**
 * What the lab's charts share beyond the explorable's defaults: more room left of the plot,
 * because their y ticks carry signs (+12%) or span medians and bands of several runs.
 */
export const LAB_LEFT_MARGIN = 64;
