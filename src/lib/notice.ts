import type { Locale } from './i18n/locales';

export type NoticeKind = 'open' | 'cancelled' | 'changed';

/** The department's word on one walking-street night, as pages show it. */
export interface NoticeView {
	date: string;
	kind: NoticeKind;
	/** Changed hours: minutes after that date's midnight (closes may pass 1440). */
	opens: number | null;
	closes: number | null;
	/** In the page's language, or the Vietnamese text standing in for it. */
	text: string;
	/** 'vi' when the text is the Vietnamese one standing in for the page's language. */
	textLocale: Locale | null;
}
