import { createRequire } from 'node:module';

/**
 * The charts' font: Inter from npm (the same files on every machine), under a family name no
 * system has, so neither the drawing nor a browser showing an SVG ever picks a local font.
 */
export const chartFontFamily = 'ImpactLedgerInter';

const require = createRequire(import.meta.url);

/** The font file of each weight the charts use (400 for text, 700 for titles and labels). */
export const chartFontFiles: Record<400 | 700, string> = {
  400: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  700: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
};
