import type { ParamMatcher } from '@sveltejs/kit';

/** A local date, YYYY-MM-DD; whether the event has an occurrence then is the route's question. */
export const match = ((param: string) =>
	/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(param)) satisfies ParamMatcher;
