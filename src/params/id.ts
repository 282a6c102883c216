import type { ParamMatcher } from '@sveltejs/kit';

/** A database id: digits only, so `/events/5.ics` and `/events/abc` never reach an id route. */
export const match = ((param: string) => /^[1-9]\d{0,11}$/.test(param)) satisfies ParamMatcher;
