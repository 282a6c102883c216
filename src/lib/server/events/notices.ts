import { prepared, type Db } from '../platform/db';
import { recordAudit, type Actor } from '../platform/audit';
import { nowSeconds } from '../platform/clock';
import type { Locale } from '$lib/i18n/locales';
import { localDate, tonightWindow } from '$lib/recurrence';
import type { NoticeKind, NoticeView } from '$lib/notice';

export type { NoticeKind, NoticeView };

export interface Notice {
	id: number;
	date: string;
	kind: NoticeKind;
	opens: number | null;
	closes: number | null;
	message: Record<Locale, string>;
}

interface Row {
	id: number;
	date: string;
	kind: NoticeKind;
	opens: number | null;
	closes: number | null;
	message_vi: string;
	message_en: string;
	message_zh: string;
}

const toNotice = (r: Row): Notice => ({
	id: r.id,
	date: r.date,
	kind: r.kind,
	opens: r.opens,
	closes: r.closes,
	message: { vi: r.message_vi, en: r.message_en, zh: r.message_zh }
});

/** The department's word on the walking street for one night (replacing an earlier one). */
export function postNotice(
	db: Db,
	notice: Omit<Notice, 'id'>,
	admin: Actor,
	now = nowSeconds()
): void {
	db.transaction(() => {
		prepared(
			db,
			`INSERT INTO notice (date, kind, opens, closes, message_vi, message_en, message_zh, created_by, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, opens = excluded.opens,
				closes = excluded.closes, message_vi = excluded.message_vi, message_en = excluded.message_en,
				message_zh = excluded.message_zh, created_by = excluded.created_by, created_at = excluded.created_at`
		).run(
			notice.date,
			notice.kind,
			notice.opens,
			notice.closes,
			notice.message.vi,
			notice.message.en,
			notice.message.zh,
			admin.id,
			now
		);
		recordAudit(
			db,
			{
				actorId: admin.id,
				action: 'notice_posted',
				subject: `notice:${notice.date}`,
				detail: notice.kind,
				ip: admin.ip
			},
			now
		);
	}).immediate();
}

export function removeNotice(db: Db, id: number, admin: Actor): boolean {
	return db
		.transaction(() => {
			const { changes } = prepared(db, 'DELETE FROM notice WHERE id = ?').run(id);
			if (changes)
				recordAudit(db, {
					actorId: admin.id,
					action: 'notice_removed',
					subject: `notice:${id}`,
					ip: admin.ip
				});
			return changes > 0;
		})
		.immediate();
}

export function getNotice(db: Db, date: string): Notice | null {
	const row = prepared<[string], Row>(db, 'SELECT * FROM notice WHERE date = ?').get(date);
	return row ? toNotice(row) : null;
}

export function listNoticesFrom(db: Db, fromDate: string): Notice[] {
	return prepared<[string], Row>(db, 'SELECT * FROM notice WHERE date >= ? ORDER BY date')
		.all(fromDate)
		.map(toNotice);
}

/** Notices for the walking street's nights from tonight on (the next few weeks). */
export function upcomingNotices(db: Db, locale: Locale, now = nowSeconds()): NoticeView[] {
	return listNoticesFrom(db, localDate(tonightWindow(now).from))
		.slice(0, 10)
		.map((n) => {
			const own = n.message[locale];
			return {
				date: n.date,
				kind: n.kind,
				opens: n.opens,
				closes: n.closes,
				text: own || n.message.vi,
				textLocale: own || !n.message.vi || locale === 'vi' ? null : 'vi'
			};
		});
}
