/** Words that name a target without saying anything about it ("Goal", "Our target"). */
const genericWords = new Set(['goal', 'target', 'objective', 'aim', 'our', 'the']);

/**
 * A target's label when it adds something to the word "Target": undefined for a missing or
 * generic label ("Goal", "target", "Our objective"), which the chart would otherwise print as
 * "Target: Goal".
 */
export function targetName(label: string | undefined): string | undefined {
  const words = label?.toLocaleLowerCase('en').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.every((word) => genericWords.has(word)) ? undefined : label;
}

/**
 * A target in a legend: "Target: 2025 goal (85%)", or "Target (85%)" when its label says
 * nothing more; `value` is the formatted value, `extra` any words after it ("; 2030 is not on
 * this chart").
 */
export function targetLegendText(label: string | undefined, value: string, extra = ''): string {
  const name = targetName(label);
  return name === undefined ? `Target (${value}${extra})` : `Target: ${name} (${value}${extra})`;
}
