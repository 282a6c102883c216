// content/: guide pages the department writes in Markdown, one text per language, with every
// version they replaced kept so an edit can be undone.
import MarkdownIt from 'markdown-it';
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { prepared, type Db } from '../platform/db';
import { recordAudit, type Actor } from '../platform/audit';
import { nowSeconds } from '../platform/clock';
import { photosOf, type PlacePhoto } from '../places/place-photos';

/** The editable pages, by their address after the language. */
export const PAGES = ['mau-son', 'getting-there', 'food', 'night', 'about', 'privacy'] as const;
export type PageKey = (typeof PAGES)[number];

export function isPageKey(value: string): value is PageKey {
	return (PAGES as readonly string[]).includes(value);
}

export const MAX_PAGE_CHARS = 30000;

// Raw HTML is off, so whatever is typed is shown as text; links only to http(s), mailto and tel
// (markdown-it's own check refuses javascript: and data: addresses).
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Values a page may name in braces, filled in when it is shown: `{booking_days}`. */
export type PageValues = Record<string, string | number>;

export function renderPage(body: string, values: PageValues = {}): string {
	const filled = body.replace(/\{([a-z_]+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);
	return markdown.render(filled);
}

function firstParagraph(body: string): string {
	const tokens = markdown.parse(body, {});
	const at = tokens.findIndex((t) => t.type === 'paragraph_open');
	const inline = at >= 0 ? tokens[at + 1] : null;
	return (inline?.children ?? [])
		.filter((t) => t.type === 'text' || t.type === 'code_inline')
		.map((t) => t.content)
		.join('')
		.slice(0, 300);
}

export interface ShownPage {
	html: string;
	/** The first paragraph as plain text, for the page's description. */
	summary: string;
	/** The language the text is in: the asked one, or Vietnamese when not translated. */
	textLocale: Locale;
	updatedAt: number;
	/** The page's photos, the first shown above the text. */
	photos: PlacePhoto[];
}

/** A page as visitors see it, or null when the department has not written it. */
export function showPage(
	db: Db,
	page: PageKey,
	locale: Locale,
	values: PageValues = {}
): ShownPage | null {
	const row = prepared<[PageKey, Locale], { body: string; locale: Locale; updatedAt: number }>(
		db,
		`SELECT body, locale, updated_at AS updatedAt FROM page_text
		WHERE page = ? AND locale IN (?, 'vi') AND body <> ''
		ORDER BY locale = 'vi' LIMIT 1`
	).get(page, locale);
	if (!row) return null;
	return {
		html: renderPage(row.body, values),
		summary: firstParagraph(row.body),
		textLocale: row.locale,
		updatedAt: row.updatedAt,
		photos: photosOf(db, { page }, locale)
	};
}

/** Each language's current text ('' when none), for the editor. */
export function pageTexts(db: Db, page: PageKey): Record<Locale, string> {
	const rows = prepared<[PageKey], { locale: Locale; body: string }>(
		db,
		'SELECT locale, body FROM page_text WHERE page = ?'
	).all(page);
	const texts = { vi: '', en: '', zh: '' };
	for (const row of rows) texts[row.locale] = row.body;
	return texts;
}

export interface PageVersion {
	id: number;
	locale: Locale;
	updatedAt: number;
	updatedBy: string | null;
	chars: number;
}

/** The versions a page's texts replaced, newest first. */
export function pageVersions(db: Db, page: PageKey, limit = 20): PageVersion[] {
	return prepared<[PageKey, number], PageVersion>(
		db,
		`SELECT v.id, v.locale, v.updated_at AS updatedAt, u.email AS updatedBy, length(v.body) AS chars
		FROM page_text_version v LEFT JOIN user u ON u.id = v.updated_by
		WHERE v.page = ? ORDER BY v.id DESC LIMIT ?`
	).all(page, limit);
}

function write(
	db: Db,
	page: PageKey,
	locale: Locale,
	body: string,
	actorId: number | null,
	now: number
): boolean {
	const current = prepared<
		[PageKey, Locale],
		{ body: string; updatedAt: number; by: number | null }
	>(
		db,
		'SELECT body, updated_at AS updatedAt, updated_by AS by FROM page_text WHERE page = ? AND locale = ?'
	).get(page, locale);
	if ((current?.body ?? '') === body) return false;
	if (current) {
		prepared(
			db,
			`INSERT INTO page_text_version (page, locale, body, updated_at, updated_by)
			VALUES (?, ?, ?, ?, ?)`
		).run(page, locale, current.body, current.updatedAt, current.by);
	}
	prepared(
		db,
		`INSERT INTO page_text (page, locale, body, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (page, locale) DO UPDATE SET body = excluded.body,
			updated_at = excluded.updated_at, updated_by = excluded.updated_by`
	).run(page, locale, body, now, actorId);
	return true;
}

/** Saves the texts that changed, keeping what they replaced; returns the languages written. */
export function savePage(
	db: Db,
	page: PageKey,
	texts: Record<Locale, string>,
	actor: Actor | null,
	now = nowSeconds()
): Locale[] {
	return db
		.transaction(() => {
			const written = LOCALES.filter((l) => write(db, page, l, texts[l], actor?.id ?? null, now));
			if (written.length > 0 && actor) {
				recordAudit(db, {
					actorId: actor.id,
					ip: actor.ip,
					action: 'page_saved',
					subject: `page:${page}`,
					detail: written.join(', ')
				});
			}
			return written;
		})
		.immediate();
}

/** Puts a kept version back as the current text (the text it replaces is kept in turn). */
export function restorePageVersion(
	db: Db,
	page: PageKey,
	versionId: number,
	actor: Actor
): Locale | null {
	return db
		.transaction(() => {
			const version = prepared<[number, PageKey], { locale: Locale; body: string }>(
				db,
				'SELECT locale, body FROM page_text_version WHERE id = ? AND page = ?'
			).get(versionId, page);
			if (!version) return null;
			write(db, page, version.locale, version.body, actor.id, nowSeconds());
			recordAudit(db, {
				actorId: actor.id,
				ip: actor.ip,
				action: 'page_restored',
				subject: `page:${page}`,
				detail: `${version.locale}, version ${versionId}`
			});
			return version.locale;
		})
		.immediate();
}

/** The date the privacy text last changed: what a booking records the guest agreed to. */
export function privacyVersion(db: Db): string {
	const at = prepared<[], number | null>(
		db,
		"SELECT max(updated_at) FROM page_text WHERE page = 'privacy'"
	)
		.pluck()
		.get();
	return new Date((at ?? 0) * 1000).toISOString().slice(0, 10);
}
