/** Scales for the server-drawn SVG charts (ChartFrame.svelte). */

/**
 * Round steps for a value axis from 0 to at least `max`: about four steps of 1, 2, 2.5 or 5 × 10^k
 * (0, 1 M, 2 M, 3 M, 4 M, 5 M for 4.5 M).
 */
export function niceTicks(max: number, steps = 4): number[] {
	if (!(max > 0)) return [0, 1];
	const raw = max / steps;
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw)!;
	const ticks: number[] = [];
	for (let v = 0; v < max + step; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
	return ticks;
}
