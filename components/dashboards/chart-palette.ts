/** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies, in light and dark themes. */
export const chartPalette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"] as const;

/** Dash patterns so lines differ by more than colour alone. */
export const chartDashes = [undefined, "6 3", "2 2", "8 3 2 3", "4 4", "1 3"] as const;
