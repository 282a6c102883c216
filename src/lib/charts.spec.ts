import { describe, expect, it } from 'vitest';
import { niceTicks } from './charts';

describe('a chart’s value axis', () => {
	it('takes round steps from zero to at least the largest value', () => {
		expect(niceTicks(4_500_000)).toEqual([0, 2_000_000, 4_000_000, 6_000_000]);
		expect(niceTicks(4_000_000)).toEqual([0, 1_000_000, 2_000_000, 3_000_000, 4_000_000]);
		expect(niceTicks(470_000)).toEqual([0, 200_000, 400_000, 600_000]);
		expect(niceTicks(9)).toEqual([0, 2.5, 5, 7.5, 10]);
		expect(niceTicks(0)).toEqual([0, 1]);
	});
});
