// events/: events and their dates, moderation, walking-street notices, the event form, feeds (ics, JSON).
import type { EventCategory, EventStatus } from '$lib/event-categories';
import type { Locale } from '$lib/i18n/locales';
import { expandSchedule, localDate, midnightOf, type Occurrence } from '$lib/recurrence';
import { recordAudit, type Actor } from '../platform/audit';
import { prepared, type Db } from '../platform/db';
import { nowSeconds } from '../platform/clock';
import { listNoticesFrom } from './notices';

export const DEFAULT_MAX_PARTY = 10;

/** What a business writes and edits. Titles and descriptions: Vietnamese required, others optional. */
export interface EventInput {
	category: EventCategory;
	title: Record<Locale, string>;
	description: Record<Locale, string>;
	startsAt: number;
	endsAt: number;
	weekdays: number;
	untilDate: string | null;
	skipped: string[];
	placeId: number | null;
	venueAddress: string;
	lat: number | null;
	lon: number | null;
	priceVnd: number;
	capacity: number | null;
	bookable: boolean;
	/** The most people one booking may bring. */
	maxParty: number;
	contact: string;
	image: { file: string; width: number; height: number } | null;
	/** The picture described for people who cannot see it; Vietnamese required with a picture. */
	imageAlt: Record<Locale, string>;
	/** Who took the picture (and its licence), shown under it; the organiser's name when empty. */
	imageCredit: string;
}

export interface EventRecord extends EventInput {
	id: number;
	businessId: number;
	businessName: string;
	businessStatus: string;
	status: EventStatus;
	rejectReason: string;
	pendingChanges: EventInput | null;
	cancelled: string[];
	/** Public records at the walking street: nights whose hours a notice changed. */
	changed?: { date: string; startsAt: number; endsAt: number }[];
	createdAt: number;
	updatedAt: number;
}

interface Row {
	id: number;
	business_id: number;
	business_name: string;
	business_status: string;
	status: EventStatus;
	category: EventCategory;
	title_vi: string;
	title_en: string;
	title_zh: string;
	description_vi: string;
	description_en: string;
	description_zh: string;
	starts_at: number;
	ends_at: number;
	weekdays: number;
	until_date: string | null;
	place_id: number | null;
	venue_address: string;
	lat: number | null;
	lon: number | null;
	price_vnd: number;
	capacity: number | null;
	bookable: number;
	max_party: number;
	contact: string;
	image: string | null;
	image_width: number | null;
	image_height: number | null;
	image_alt_vi: string;
	image_alt_en: string;
	image_alt_zh: string;
	image_credit: string;
	reject_reason: string;
	pending_changes: string | null;
	created_at: number;
	updated_at: number;
}

const SELECT = `SELECT e.*, b.name AS business_name, b.status AS business_status
	FROM event e JOIN business b ON b.id = e.business_id`;

function exceptions(db: Db, eventId: number, kind: 'skipped' | 'cancelled'): string[] {
	return prepared<[number, string], string>(
		db,
		'SELECT date FROM event_exception WHERE event_id = ? AND kind = ? ORDER BY date'
	)
		.pluck()
		.all(eventId, kind);
}

type Exceptions = { skipped: string[]; cancelled: string[] };

/** The date exceptions of many events in one query (lists would otherwise ask once per event). */
function exceptionsOf(db: Db, ids: number[]): Map<number, Exceptions> {
	const byEvent = new Map<number, Exceptions>(
		ids.map((id) => [id, { skipped: [], cancelled: [] }])
	);
	const rows = prepared<[string], { eventId: number; date: string; kind: 'skipped' | 'cancelled' }>(
		db,
		`SELECT event_id AS eventId, date, kind FROM event_exception
		WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY date`
	).all(JSON.stringify(ids));
	for (const row of rows) byEvent.get(row.eventId)?.[row.kind].push(row.date);
	return byEvent;
}

/** A queued edit; edits queued before the party limit existed take its default. */
function pendingInput(json: string): EventInput {
	const input = JSON.parse(json) as Partial<EventInput>;
	return {
		...input,
		maxParty: input.maxParty ?? DEFAULT_MAX_PARTY,
		imageAlt: input.imageAlt ?? { vi: '', en: '', zh: '' },
		imageCredit: input.imageCredit ?? ''
	} as EventInput;
}

function toRecord(db: Db, row: Row, preloaded?: Exceptions): EventRecord {
	return {
		id: row.id,
		businessId: row.business_id,
		businessName: row.business_name,
		businessStatus: row.business_status,
		status: row.status,
		category: row.category,
		title: { vi: row.title_vi, en: row.title_en, zh: row.title_zh },
		description: { vi: row.description_vi, en: row.description_en, zh: row.description_zh },
		startsAt: row.starts_at,
		endsAt: row.ends_at,
		weekdays: row.weekdays,
		untilDate: row.until_date,
		skipped: preloaded?.skipped ?? exceptions(db, row.id, 'skipped'),
		cancelled: preloaded?.cancelled ?? exceptions(db, row.id, 'cancelled'),
		placeId: row.place_id,
		venueAddress: row.venue_address,
		lat: row.lat,
		lon: row.lon,
		priceVnd: row.price_vnd,
		capacity: row.capacity,
		bookable: row.bookable === 1,
		maxParty: row.max_party,
		contact: row.contact,
		image:
			row.image && row.image_width && row.image_height
				? { file: row.image, width: row.image_width, height: row.image_height }
				: null,
		imageAlt: { vi: row.image_alt_vi, en: row.image_alt_en, zh: row.image_alt_zh },
		imageCredit: row.image_credit,
		rejectReason: row.reject_reason,
		pendingChanges: row.pending_changes ? pendingInput(row.pending_changes) : null,
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}

function writeContent(db: Db, id: number, input: EventInput, now: number): void {
	prepared(
		db,
		`UPDATE event SET category = ?, title_vi = ?, title_en = ?, title_zh = ?, description_vi = ?,
			description_en = ?, description_zh = ?, starts_at = ?, ends_at = ?, weekdays = ?, until_date = ?,
			place_id = ?, venue_address = ?, lat = ?, lon = ?, price_vnd = ?, capacity = ?, bookable = ?,
			max_party = ?, contact = ?, image = ?, image_width = ?, image_height = ?, image_alt_vi = ?,
			image_alt_en = ?, image_alt_zh = ?, image_credit = ?, updated_at = ?
		WHERE id = ?`
	).run(
		input.category,
		input.title.vi,
		input.title.en,
		input.title.zh,
		input.description.vi,
		input.description.en,
		input.description.zh,
		input.startsAt,
		input.endsAt,
		input.weekdays,
		input.weekdays ? input.untilDate : null,
		input.placeId,
		input.venueAddress,
		input.lat,
		input.lon,
		input.priceVnd,
		input.capacity,
		input.bookable ? 1 : 0,
		input.maxParty,
		input.contact,
		input.image?.file ?? null,
		input.image?.width ?? null,
		input.image?.height ?? null,
		input.imageAlt.vi,
		input.imageAlt.en,
		input.imageAlt.zh,
		input.imageCredit,
		now,
		id
	);
	prepared(db, "DELETE FROM event_exception WHERE event_id = ? AND kind = 'skipped'").run(id);
	const skip = prepared(
		db,
		"INSERT OR REPLACE INTO event_exception (event_id, date, kind) VALUES (?, ?, 'skipped')"
	);
	for (const date of input.skipped) skip.run(id, date);
}

export function createEvent(
	db: Db,
	businessId: number,
	input: EventInput,
	now = nowSeconds()
): number {
	return db
		.transaction(() => {
			const id = Number(
				prepared(
					db,
					`INSERT INTO event (business_id, category, title_vi, description_vi, starts_at, ends_at,
						created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
				).run(
					businessId,
					input.category,
					input.title.vi,
					input.description.vi,
					input.startsAt,
					input.endsAt,
					now,
					now
				).lastInsertRowid
			);
			writeContent(db, id, input, now);
			return id;
		})
		.immediate();
}

/**
 * A new draft with the same content as one of the business's events (its next season, a second
 * show): dates, texts, place, price and picture are copied; nothing is published.
 */
export function duplicateEvent(
	db: Db,
	businessId: number,
	eventId: number,
	now = nowSeconds()
): number | null {
	const source = getOwnEvent(db, businessId, eventId);
	if (!source) return null;
	const content = source.pendingChanges ?? source;
	return createEvent(db, businessId, { ...content, skipped: [...content.skipped] }, now);
}

/** Pictures stored as they were sent, before photos were re-encoded (they may carry GPS). */
export function listUnprocessedImages(db: Db): string[] {
	return prepared<[], string>(
		db,
		"SELECT DISTINCT image FROM event WHERE image IS NOT NULL AND image NOT LIKE '%-%'"
	)
		.pluck()
		.all();
}

/** Puts a re-encoded photo in place of a picture stored as it was sent. */
export function replaceEventImage(
	db: Db,
	old: string,
	photo: { file: string; width: number; height: number }
): void {
	prepared(db, 'UPDATE event SET image = ?, image_width = ?, image_height = ? WHERE image = ?').run(
		photo.file,
		photo.width,
		photo.height,
		old
	);
}

/** An event as its owner sees it; null when it is not theirs (so it looks the same as missing). */
export function getOwnEvent(db: Db, businessId: number, eventId: number): EventRecord | null {
	const row = prepared<[number, number], Row>(
		db,
		`${SELECT} WHERE e.id = ? AND e.business_id = ?`
	).get(eventId, businessId);
	return row ? toRecord(db, row) : null;
}

export function getEvent(db: Db, eventId: number): EventRecord | null {
	const row = prepared<[number], Row>(db, `${SELECT} WHERE e.id = ?`).get(eventId);
	return row ? toRecord(db, row) : null;
}

export function listOwnEvents(db: Db, businessId: number): EventRecord[] {
	return prepared<[number], Row>(db, `${SELECT} WHERE e.business_id = ? ORDER BY e.starts_at DESC`)
		.all(businessId)
		.map((row) => toRecord(db, row));
}

/**
 * Saves a business's edit. Drafts and rejected events change at once (a rejected one becomes a
 * draft again); a published event keeps its live version and queues the edit for review.
 */
export function updateEvent(
	db: Db,
	businessId: number,
	eventId: number,
	input: EventInput,
	now = nowSeconds()
): 'saved' | 'queued' | 'locked' | null {
	return db
		.transaction(() => {
			const row = prepared<[number, number], { status: EventStatus }>(
				db,
				'SELECT status FROM event WHERE id = ? AND business_id = ?'
			).get(eventId, businessId);
			if (!row) return null;
			if (row.status === 'cancelled') return 'locked';
			if (row.status === 'published') {
				prepared(
					db,
					'UPDATE event SET pending_changes = ?, reject_reason = ?, updated_at = ? WHERE id = ?'
				).run(JSON.stringify(input), '', now, eventId);
				return 'queued';
			}
			writeContent(db, eventId, input, now);
			if (row.status === 'rejected') {
				prepared(db, "UPDATE event SET status = 'draft' WHERE id = ?").run(eventId);
			}
			return 'saved';
		})
		.immediate();
}

/** Sends a draft for review; only a verified business may. */
export function submitEvent(
	db: Db,
	businessId: number,
	eventId: number,
	now = nowSeconds()
): 'submitted' | 'notVerified' | 'notDraft' | null {
	return db
		.transaction(() => {
			const row = prepared<[number, number], { status: EventStatus; businessStatus: string }>(
				db,
				`SELECT e.status, b.status AS businessStatus FROM event e JOIN business b ON b.id = e.business_id
				WHERE e.id = ? AND e.business_id = ?`
			).get(eventId, businessId);
			if (!row) return null;
			if (row.businessStatus !== 'verified') return 'notVerified';
			if (row.status !== 'draft' && row.status !== 'rejected') return 'notDraft';
			prepared(
				db,
				"UPDATE event SET status = 'pending', reject_reason = '', updated_at = ? WHERE id = ?"
			).run(now, eventId);
			return 'submitted';
		})
		.immediate();
}

/** The whole event called off: it stays listed, marked cancelled. */
export function cancelEvent(
	db: Db,
	businessId: number,
	eventId: number,
	now = nowSeconds()
): boolean {
	return (
		prepared(
			db,
			`UPDATE event SET status = 'cancelled', pending_changes = NULL, updated_at = ?
			WHERE id = ? AND business_id = ? AND status != 'cancelled'`
		).run(now, eventId, businessId).changes > 0
	);
}

/** One date of a weekly event called off (or back on). The date must be one of its occurrences. */
export function setOccurrenceCancelled(
	db: Db,
	businessId: number,
	eventId: number,
	date: string,
	cancelled: boolean
): boolean {
	return db
		.transaction(() => {
			const event = getOwnEvent(db, businessId, eventId);
			if (!event || event.status === 'cancelled') return false;
			const day = expandSchedule(
				{ ...event, cancelled: [] },
				event.startsAt - 1,
				Number.MAX_SAFE_INTEGER
			).find((o) => o.date === date);
			if (!day) return false;
			if (cancelled) {
				prepared(
					db,
					"INSERT OR REPLACE INTO event_exception (event_id, date, kind) VALUES (?, ?, 'cancelled')"
				).run(eventId, date);
			} else {
				prepared(
					db,
					"DELETE FROM event_exception WHERE event_id = ? AND date = ? AND kind = 'cancelled'"
				).run(eventId, date);
			}
			prepared(db, 'UPDATE event SET updated_at = ? WHERE id = ?').run(nowSeconds(), eventId);
			return true;
		})
		.immediate();
}

/** New events and edits of published ones, waiting for the department. */
export function listModerationQueue(db: Db): EventRecord[] {
	return prepared<[], Row>(
		db,
		`${SELECT} WHERE e.status = 'pending' OR e.pending_changes IS NOT NULL ORDER BY e.updated_at`
	)
		.all()
		.map((row) => toRecord(db, row));
}

export function approveEvent(db: Db, eventId: number, admin: Actor, now = nowSeconds()): boolean {
	return db
		.transaction(() => {
			const event = getEvent(db, eventId);
			if (!event || event.businessStatus !== 'verified') return false;
			if (event.status === 'pending') {
				prepared(
					db,
					"UPDATE event SET status = 'published', published_at = ?, updated_at = ? WHERE id = ?"
				).run(now, now, eventId);
			} else if (event.status === 'published' && event.pendingChanges) {
				writeContent(db, eventId, event.pendingChanges, now);
				prepared(db, 'UPDATE event SET pending_changes = NULL WHERE id = ?').run(eventId);
			} else {
				return false;
			}
			recordAudit(
				db,
				{ actorId: admin.id, action: 'event_approved', subject: `event:${eventId}`, ip: admin.ip },
				now
			);
			return true;
		})
		.immediate();
}

export function rejectEvent(
	db: Db,
	eventId: number,
	reason: string,
	admin: Actor,
	now = nowSeconds()
): boolean {
	return db
		.transaction(() => {
			const event = getEvent(db, eventId);
			if (!event) return false;
			if (event.status === 'pending') {
				prepared(
					db,
					"UPDATE event SET status = 'rejected', reject_reason = ?, updated_at = ? WHERE id = ?"
				).run(reason, now, eventId);
			} else if (event.pendingChanges) {
				// The live version stays; the business sees why its edit was not taken.
				prepared(
					db,
					'UPDATE event SET pending_changes = NULL, reject_reason = ?, updated_at = ? WHERE id = ?'
				).run(reason, now, eventId);
			} else {
				return false;
			}
			recordAudit(
				db,
				{
					actorId: admin.id,
					action: 'event_rejected',
					subject: `event:${eventId}`,
					detail: reason,
					ip: admin.ip
				},
				now
			);
			return true;
		})
		.immediate();
}

/** The place the department's walking-street notices are about. */
export const WALKING_STREET = 'ky-lua-walking-street';

/** What the public may see: published or called-off events of verified businesses. */
const PUBLIC = `e.status IN ('published', 'cancelled') AND e.published_at IS NOT NULL
	AND b.status = 'verified'`;

/** Public records with their date exceptions read in one query for the whole list. */
function withExceptions(db: Db, rows: Row[]): EventRecord[] {
	const exceptions = exceptionsOf(
		db,
		rows.map((row) => row.id)
	);
	return withNotices(
		db,
		rows.map((row) => toRecord(db, row, exceptions.get(row.id)))
	);
}

/**
 * The department's notices for walking-street nights apply to the events held there that night:
 * a cancelled night cancels them, changed hours move them.
 */
function withNotices(db: Db, records: EventRecord[]): EventRecord[] {
	const street = walkingStreetId(db);
	if (street === null || !records.some((r) => r.placeId === street)) return records;
	const notices = listNoticesFrom(db, '0000-01-01');
	const cancelled = notices.filter((n) => n.kind === 'cancelled').map((n) => n.date);
	const changed = notices
		.filter((n) => n.kind === 'changed' && n.opens !== null && n.closes !== null)
		.map((n) => ({
			date: n.date,
			startsAt: midnightOf(n.date) + n.opens! * 60,
			endsAt: midnightOf(n.date) + n.closes! * 60
		}));
	return records.map((r) =>
		r.placeId === street
			? { ...r, cancelled: [...new Set([...r.cancelled, ...cancelled])].sort(), changed }
			: r
	);
}

function walkingStreetId(db: Db): number | null {
	return (
		prepared<[string], number>(db, 'SELECT id FROM place WHERE slug = ?')
			.pluck()
			.get(WALKING_STREET) ?? null
	);
}

export interface PublicOccurrence extends Occurrence {
	event: EventRecord;
}

export interface OccurrenceFilter {
	category?: EventCategory | null;
	free?: boolean;
}

/** Occurrences of published (and called-off) events of verified businesses overlapping [from, to). */
export function listPublicOccurrences(
	db: Db,
	from: number,
	to: number,
	filter: OccurrenceFilter = {}
): PublicOccurrence[] {
	const fromDate = localDate(from - 86400);
	const rows = prepared<unknown[], Row>(
		db,
		`${SELECT}
		WHERE ${PUBLIC}
			AND e.starts_at < ?
			AND (e.ends_at > ? OR e.until_date >= ?)
			AND (? IS NULL OR e.category = ?)
			AND (? = 0 OR e.price_vnd = 0)
		ORDER BY e.starts_at`
	).all(to, from, fromDate, filter.category ?? null, filter.category ?? null, filter.free ? 1 : 0);
	return withExceptions(db, rows)
		.flatMap((event) => publicSchedule(event, from, to).map((o) => ({ ...o, event })))
		.sort((a, b) => a.startsAt - b.startsAt || a.event.id - b.event.id);
}

/** A public event's dates in [from, to), with the department's notices and its own status applied. */
export function publicSchedule(event: EventRecord, from: number, to: number): Occurrence[] {
	return expandSchedule(event, from, to).map((o) => ({
		...o,
		...event.changed?.find((c) => c.date === o.date),
		cancelled: o.cancelled || event.status === 'cancelled'
	}));
}

/** A published event for its public page, or null (drafts, pending, rejected and suspended stay hidden). */
export function getPublicEvent(db: Db, eventId: number): EventRecord | null {
	const row = prepared<[number], Row>(db, `${SELECT} WHERE e.id = ? AND ${PUBLIC}`).get(eventId);
	return row ? withExceptions(db, [row])[0] : null;
}

export function listPublicEventIds(db: Db): number[] {
	return prepared<[], number>(
		db,
		`SELECT e.id FROM event e JOIN business b ON b.id = e.business_id WHERE ${PUBLIC} ORDER BY e.id`
	)
		.pluck()
		.all();
}

/** Every public event (of one category), for the calendar feeds. */
export function listPublicEvents(db: Db, category: EventCategory | null = null): EventRecord[] {
	return withExceptions(
		db,
		prepared<unknown[], Row>(
			db,
			`${SELECT} WHERE ${PUBLIC} AND (? IS NULL OR e.category = ?) ORDER BY e.id`
		).all(category, category)
	);
}

/** Text in a language, falling back to Vietnamese; `locale` says which one it really is. */
export function eventText(event: Pick<EventInput, 'title' | 'description'>, locale: Locale) {
	const translated = event.title[locale].trim() !== '';
	const lang: Locale = translated ? locale : 'vi';
	return {
		title: event.title[lang],
		description: event.description[lang] || event.description.vi,
		locale: lang
	};
}

export function createReport(
	db: Db,
	eventId: number,
	message: string,
	now = nowSeconds()
): boolean {
	if (!getPublicEvent(db, eventId)) return false;
	prepared(db, 'INSERT INTO event_report (event_id, message, created_at) VALUES (?, ?, ?)').run(
		eventId,
		message,
		now
	);
	return true;
}

export interface EventReport {
	id: number;
	eventId: number;
	title: string;
	message: string;
	createdAt: number;
}

export function listOpenReports(db: Db): EventReport[] {
	return prepared<[], EventReport>(
		db,
		`SELECT r.id, r.event_id AS eventId, e.title_vi AS title, r.message, r.created_at AS createdAt
		FROM event_report r JOIN event e ON e.id = r.event_id
		WHERE r.resolved_at IS NULL ORDER BY r.created_at`
	).all();
}

export function resolveReport(
	db: Db,
	reportId: number,
	adminId: number,
	now = nowSeconds()
): boolean {
	return (
		prepared(
			db,
			'UPDATE event_report SET resolved_at = ?, resolved_by = ? WHERE id = ? AND resolved_at IS NULL'
		).run(now, adminId, reportId).changes > 0
	);
}
