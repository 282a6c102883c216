import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getTranslators } from '$lib/i18n/translator';
import {
	cancelBookingByGuest,
	cancelEventAndBookings,
	checkIn,
	checkedInAt,
	createBooking,
	DEFAULT_RETENTION_DAYS,
	displayCode,
	eraseOldBookingContacts,
	getBookingByToken,
	getSeatStatus,
	listGuests,
	listOccurrenceBookings,
	newFormKey,
	normaliseCode,
	queueReminders,
	messageGuests,
	retentionDays,
	setOccurrenceCancelledWithBookings,
	type BookingRequest,
	type Translators
} from './bookings';
import { listOutbox } from '../mail/outbox';
import { deliverDue } from '../mail/sender';
import { toCsv } from '../platform/csv';
import { openDatabase, type Db } from '../platform/db';
import { createEvent, type EventInput } from '../events/events';
import { privacyVersion } from '../content/pages';
import {
	NOW,
	publishedEvent as publish,
	tour,
	verifiedBusiness,
	vn
} from '../../../../tests/unit/fixtures/bookings';

let db: Db;
let businessId: number;
let eventId: number;
let all: Translators;

beforeAll(async () => {
	all = await getTranslators();
});

const publishedEvent = (over: Partial<EventInput> = {}) => publish(db, businessId, over);

const request = (over: Partial<BookingRequest> = {}): BookingRequest => ({
	eventId,
	date: '2026-11-28',
	party: 2,
	name: 'Nguyễn Thị Lan',
	phone: '0912 345 678',
	email: null,
	marketing: false,
	locale: 'en',
	formKey: newFormKey(),
	origin: 'https://visit.example',
	...over
});

const book = (over: Partial<BookingRequest> = {}, now = NOW) =>
	createBooking(db, request(over), all, now);

const tokenOf = (outcome: ReturnType<typeof book>) => {
	if (outcome.kind !== 'booked' && outcome.kind !== 'repeated') throw new Error(outcome.kind);
	return outcome.token;
};

beforeEach(() => {
	db = openDatabase(':memory:');
	businessId = verifiedBusiness(db);
	eventId = publishedEvent();
});
afterEach(() => db.close());

describe('taking seats', () => {
	it('books until the capacity and then says full, with the seats left', () => {
		expect(book({ party: 4 }).kind).toBe('booked');
		expect(book({ party: 4 }).kind).toBe('booked');
		expect(getSeatStatus(db, eventId, '2026-11-28', NOW)?.left).toBe(2);
		expect(book({ party: 3 })).toEqual({ kind: 'full', left: 2 });
		expect(book({ party: 2 }).kind).toBe('booked');
		expect(book({ party: 1 })).toEqual({ kind: 'full', left: 0 });
		const status = getSeatStatus(db, eventId, '2026-11-28', NOW)!;
		expect([status.taken, status.left, status.state]).toEqual([10, 0, 'full']);
		expect(listGuests(db, eventId, '2026-11-28')).toHaveLength(3);
		// Another date of the same event has its own seats.
		expect(getSeatStatus(db, eventId, '2026-12-05', NOW)?.left).toBe(10);
	});

	it('refuses more people than the event allows per booking', () => {
		expect(book({ party: 5 })).toEqual({ kind: 'tooMany', max: 4 });
		expect(getSeatStatus(db, eventId, '2026-11-28', NOW)?.taken).toBe(0);
	});

	it('makes one booking from a form sent twice, and leads both times to the same link', () => {
		const formKey = newFormKey();
		const first = book({ formKey });
		const second = book({ formKey, party: 3 });
		expect(first.kind).toBe('booked');
		expect(second.kind).toBe('repeated');
		expect(tokenOf(second)).toBe(tokenOf(first));
		expect(listGuests(db, eventId, '2026-11-28')).toHaveLength(1);
		expect(getSeatStatus(db, eventId, '2026-11-28', NOW)?.taken).toBe(2);
	});

	it('books only real, coming, bookable occurrences of public events', () => {
		expect(book({ date: '2026-11-29' }).kind).toBe('notFound'); // a Sunday: no tour
		expect(book({ date: '2026-13-01' }).kind).toBe('notFound');
		expect(book({ eventId: 999 }).kind).toBe('notFound');
		const notBookable = publishedEvent({ bookable: false });
		expect(book({ eventId: notBookable }).kind).toBe('notFound');
		const draft = createEvent(db, businessId, tour(), NOW);
		expect(book({ eventId: draft }).kind).toBe('notFound');
		// Once it has begun, no more bookings.
		expect(book({}, vn(2026, 11, 28, 18))).toEqual({ kind: 'closed', state: 'started' });
		setOccurrenceCancelledWithBookings(db, businessId, eventId, '2026-12-05', true, all, NOW);
		expect(book({ date: '2026-12-05' })).toEqual({ kind: 'closed', state: 'cancelled' });
	});

	it('queues a confirmation in the guest’s language with the code and the manage link', () => {
		const token = tokenOf(book({ email: 'lan@example.vn', phone: null }));
		const booking = getBookingByToken(db, token)!;
		const [message] = listOutbox(db);
		expect(message.recipient).toBe('lan@example.vn');
		expect(message.subject).toBe('Booking confirmed: Food tour');
		expect(message.body).toContain(displayCode(booking.code));
		expect(message.body).toContain(`https://visit.example/en/events/${eventId}`);
		expect(message.body).not.toContain(token.split('.')[1]);
		expect(message.body).toContain('Saturday');
		expect(message.body).toContain('18:00');
	});
});

describe('the manage link', () => {
	it('opens only with the exact token', () => {
		const token = tokenOf(book());
		expect(getBookingByToken(db, token)?.name).toBe('Nguyễn Thị Lan');
		const [id, secret] = token.split('.');
		const otherSecret = secret.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
		for (const guess of [
			`${id}.${otherSecret}`,
			`${id}.${newFormKey()}`,
			`${newFormKey()}.${secret}`,
			id,
			'',
			`${token}x`,
			token.toUpperCase()
		]) {
			expect(getBookingByToken(db, guess)).toBeNull();
		}
	});

	it('records the privacy notice version shown and the (unticked by default) opt-in', () => {
		tokenOf(book({ marketing: true }));
		tokenOf(book());
		const shown = privacyVersion(db);
		expect(shown).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(
			db.prepare('SELECT privacy_version AS v, marketing AS m FROM booking ORDER BY id').all()
		).toEqual([
			{ v: shown, m: 1 },
			{ v: shown, m: 0 }
		]);
	});

	it('keeps the secret only until the confirmation is sent, then only its hash', async () => {
		const token = tokenOf(book({ email: 'lan@example.vn' }));
		const secret = token.split('.')[1];
		const tables = db
			.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
			.pluck()
			.all() as string[];
		const holding = () =>
			tables.filter((table) =>
				JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all()).includes(secret)
			);
		expect(holding()).toEqual(['outbox']);
		expect(listOutbox(db)[0].body).not.toContain(secret);
		const sent: string[] = [];
		await deliverDue(db, async (mail) => (sent.push(mail.text), '250 OK'), NOW);
		expect(sent[0]).toContain(`https://visit.example/en/bookings/${token}`);
		expect(holding()).toEqual([]);
	});

	it('lets the guest cancel before the start, giving the seats back', () => {
		const token = tokenOf(book({ party: 4 }));
		expect(getSeatStatus(db, eventId, '2026-11-28', NOW)?.left).toBe(6);
		expect(cancelBookingByGuest(db, token, all, NOW)).toBe('cancelled');
		expect(cancelBookingByGuest(db, token, all, NOW)).toBe('already');
		expect(getSeatStatus(db, eventId, '2026-11-28', NOW)?.left).toBe(10);
		expect(getBookingByToken(db, token)?.status).toBe('cancelled');
		expect(listOutbox(db)[0].kind).toBe('booking_cancelled_by_guest');
		const late = tokenOf(book());
		expect(cancelBookingByGuest(db, late, all, vn(2026, 11, 28, 18))).toBe('tooLate');
		expect(cancelBookingByGuest(db, 'nope', all, NOW)).toBe('notFound');
	});

	it('tells a guest who booked in Chinese in Chinese, whatever page they cancel from', () => {
		const outcome = createBooking(
			db,
			request({ locale: 'zh', email: 'khach@example.vn' }),
			all,
			NOW
		);
		expect(cancelBookingByGuest(db, tokenOf(outcome), all, NOW)).toBe('cancelled');
		const [message] = listOutbox(db);
		expect(message.kind).toBe('booking_cancelled_by_guest');
		expect(message.subject).toMatch(/^预订已取消：/);
		// The Chinese template, with the date written the Chinese way.
		expect(message.body).toMatch(/^Nguyễn Thị Lan，您好：\n\n按照您的要求，.*星期六.*已取消。/);
	});
});

describe('the organiser', () => {
	it('cancelling a date cancels its bookings and tells each guest in their language', () => {
		const vi = tokenOf(book({ locale: 'vi' }));
		const zh = tokenOf(book({ locale: 'zh', email: 'w@example.cn' }));
		const otherDate = tokenOf(book({ date: '2026-12-05' }));
		expect(
			setOccurrenceCancelledWithBookings(
				db,
				businessId,
				eventId,
				'2026-11-28',
				true,
				all,
				NOW,
				'Ca sĩ bị ốm.'
			)
		).toBe(true);
		expect(getBookingByToken(db, vi)?.status).toBe('cancelled');
		expect(getBookingByToken(db, zh)?.cancelledBy).toBe('organiser');
		expect(getBookingByToken(db, otherDate)?.status).toBe('confirmed');
		const sent = listOutbox(db).filter((m) => m.kind === 'booking_cancelled_by_organiser');
		expect(sent.map((m) => m.subject).sort()).toEqual([
			'Sự kiện bị hủy: Tour ẩm thực',
			'活动取消：美食之旅'
		]);
		// The organiser's reason, in its own words, inside each guest's own language.
		const zhBody = sent.find((m) => m.subject.startsWith('活动取消'))!.body;
		expect(zhBody).toContain('主办方说明：Ca sĩ bị ốm.');
		expect(zhBody).not.toMatch(/\{\{|Đơn vị/);
	});

	it('cancelling the event cancels every coming booking', () => {
		const a = tokenOf(book());
		const b = tokenOf(book({ date: '2026-12-12' }));
		expect(cancelEventAndBookings(db, businessId, eventId, all, NOW)).toBe(true);
		expect(getBookingByToken(db, a)?.status).toBe('cancelled');
		expect(getBookingByToken(db, b)?.status).toBe('cancelled');
		expect(cancelEventAndBookings(db, businessId, eventId, all, NOW)).toBe(false);
		// Another business cannot cancel it.
		const other = publishedEvent();
		expect(cancelEventAndBookings(db, businessId + 1, other, all, NOW)).toBe(false);
	});

	it('checks guests in by code, typed loosely, within the right date only', () => {
		const token = tokenOf(book({ party: 3 }));
		const { code } = getBookingByToken(db, token)!;
		const typed = normaliseCode(` ${displayCode(code).toLowerCase()} `)!;
		expect(typed).toBe(code);
		expect(checkIn(db, eventId, '2026-12-05', code)).toBe('notFound');
		expect(checkedInAt(db, eventId, '2026-11-28', code)).toBeNull();
		expect(checkIn(db, eventId, '2026-11-28', code, true, NOW + 60)).toBe('checkedIn');
		expect(checkIn(db, eventId, '2026-11-28', code, true, NOW + 600)).toBe('already');
		// The second scan at the door is told when the first one was.
		expect(checkedInAt(db, eventId, '2026-11-28', code)).toBe(NOW + 60);
		const [summary] = listOccurrenceBookings(
			db,
			getSeatStatus(db, eventId, '2026-11-28', NOW)!.event,
			vn(2026, 11, 28),
			vn(2026, 11, 29)
		);
		expect([summary.bookings, summary.taken, summary.checkedIn, summary.left]).toEqual([
			1, 3, 3, 7
		]);
		expect(cancelBookingByGuest(db, token, all, NOW)).toBe('tooLate');
		expect(checkIn(db, eventId, '2026-11-28', code, false)).toBe('undone');
		expect(normaliseCode('O0I1O0I1O0')).toBeNull();
	});
});

describe('messages', () => {
	const ownedBy = (locale: string, mailNewBookings = 1) => {
		db.prepare(
			`INSERT INTO user (email, password_hash, role, business_id, created_at, password_changed_at, locale)
			VALUES ('owner@example.vn', 'h', 'business', ?, 0, 0, ?)`
		).run(businessId, locale);
		db.prepare('UPDATE business SET mail_new_bookings = ? WHERE id = ?').run(
			mailNewBookings,
			businessId
		);
	};
	const messages = (kind: string) => listOutbox(db).filter((m) => m.kind === kind);

	it('confirms with the place, the price and how to pay, a calendar, and tells the business in its language', () => {
		ownedBy('zh');
		tokenOf(book({ email: 'lan@example.vn', party: 3 }));
		const [confirmation] = messages('booking_confirmed');
		expect(confirmation.body).toContain('Where: Chợ Kỳ Lừa');
		expect(confirmation.body).toContain('3 × ₫250,000 = ₫750,000. Pay the organiser at the venue');
		expect(confirmation.hasCalendar).toBe(true);
		const [toBusiness] = messages('booking_new');
		expect(toBusiness.recipient).toBe('owner@example.vn');
		expect(toBusiness.subject).toBe('新预订：美食之旅，11月28日星期六');
		expect(toBusiness.body).toContain('3人');
		expect(toBusiness.body).toContain('3/10');
		expect(toBusiness.body).toContain('/zh/business/events/');
	});

	it('tells the business of new bookings only while it wants to be told', () => {
		ownedBy('vi', 0);
		tokenOf(book());
		expect(messages('booking_new')).toHaveLength(0);
		expect(messages('booking_confirmed')).toHaveLength(1);
	});

	it('reminds each guest once, a day before, in their language; not those who booked within that day', () => {
		tokenOf(book({ email: 'lan@example.vn' })); // on Wednesday, for Saturday 18:00
		tokenOf(book({ email: 'wang@example.cn', locale: 'zh' }));
		const cancelled = tokenOf(book({ email: 'gone@example.vn' }));
		cancelBookingByGuest(db, cancelled, all, NOW + 60);
		const start = vn(2026, 11, 28, 18);
		tokenOf(book({ email: 'late@example.vn' }, start - 86400 + 60)); // Friday evening
		expect(queueReminders(db, all, start - 86400 - 60, 'https://visit.example')).toBe(0);
		expect(queueReminders(db, all, start - 86400 + 120, 'https://visit.example')).toBe(2);
		expect(queueReminders(db, all, start - 3600, 'https://visit.example')).toBe(0);
		const sent = messages('booking_reminder');
		expect(sent.map((m) => [m.recipient, m.subject]).sort()).toEqual([
			['lan@example.vn', 'Tomorrow: Food tour'],
			['wang@example.cn', '明天：美食之旅']
		]);
		const zh = sent.find((m) => m.recipient === 'wang@example.cn')!;
		expect(zh.body).toContain('18:00');
		expect(zh.body).not.toMatch(/Hello|Event|Booking/);
	});
});

describe('the organiser’s message to its guests', () => {
	it('reaches every confirmed guest of the date in their language, or the first written; limited a day', () => {
		tokenOf(book({ email: 'lan@example.vn', locale: 'vi' }));
		tokenOf(book({ email: 'wang@example.cn', locale: 'zh' }));
		tokenOf(book({ email: 'tom@example.com', locale: 'en' }));
		const gone = tokenOf(book({ email: 'gone@example.vn' }));
		cancelBookingByGuest(db, gone, all, NOW);
		tokenOf(book({ email: 'other@example.vn', date: '2026-12-05' }));
		const userId = Number(
			db
				.prepare(
					`INSERT INTO user (email, password_hash, role, business_id, created_at, password_changed_at)
					VALUES ('owner@example.vn', 'h', 'business', ?, 0, 0)`
				)
				.run(businessId).lastInsertRowid
		);
		const send = (at: number) =>
			messageGuests(
				db,
				{
					eventId,
					date: '2026-11-28',
					userId,
					text: { vi: 'Trời mưa: chúng tôi vào trong nhà.', en: '', zh: '下雨了：改到室内。' },
					origin: 'https://visit.example',
					ip: '203.0.113.9'
				},
				all,
				at
			);
		expect(send(NOW)).toEqual({ kind: 'sent', recipients: 3 });
		const sent = listOutbox(db).filter((m) => m.kind === 'organiser_message');
		const to = (r: string) => sent.find((m) => m.recipient === r)!;
		expect(sent).toHaveLength(3);
		expect(to('wang@example.cn').body).toContain('下雨了：改到室内。');
		expect(to('wang@example.cn').subject).toBe('来自Tour Co：美食之旅');
		expect(to('lan@example.vn').body).toContain('Trời mưa');
		// No English version: the English guest gets the first one written, in an English message.
		expect(to('tom@example.com').body).toContain('Trời mưa');
		expect(to('tom@example.com').body).toContain('writes to everyone booked for that date');
		expect(to('tom@example.com').body).toContain('0205 3870 111');
		expect(
			db.prepare("SELECT detail FROM audit WHERE action = 'guests_messaged'").pluck().all()
		).toHaveLength(1);
		expect(send(NOW + 60).kind).toBe('sent');
		expect(send(NOW + 120).kind).toBe('sent');
		expect(send(NOW + 180)).toEqual({ kind: 'tooMany', max: 3 });
		expect(send(NOW + 86400 + 1).kind).toBe('sent');
	});
});

describe('spreadsheets', () => {
	it('starts with a byte-order mark, quotes what needs it and defuses formulas', () => {
		const csv = toCsv(
			['Mã', 'Tên'],
			[
				['ABCDE-FGHJK', 'Lê, "Bé" Hoa'],
				['=HYPERLINK("http://x")', '+84 912'],
				['@SUM(A1)', null]
			]
		);
		expect(csv.startsWith('\uFEFFMã,Tên\r\n')).toBe(true);
		expect(csv).toContain('ABCDE-FGHJK,"Lê, ""Bé"" Hoa"\r\n');
		expect(csv).toContain(`"'=HYPERLINK(""http://x"")",'+84 912\r\n`);
		expect(csv).toContain("'@SUM(A1),\r\n");
	});
});

describe('retention', () => {
	it('erases names and contacts the set number of days after the date, keeping the count', () => {
		const token = tokenOf(book({ email: 'lan@example.vn' }));
		const ended = vn(2026, 11, 28, 21);
		expect(eraseOldBookingContacts(db, ended + 30 * 86400 - 1, 30)).toBe(0);
		expect(eraseOldBookingContacts(db, ended + 30 * 86400 + 1, 30)).toBe(1);
		const booking = getBookingByToken(db, token)!;
		expect([booking.name, booking.phone, booking.email, booking.party]).toEqual([
			null,
			null,
			null,
			2
		]);
		const outbox = JSON.stringify(db.prepare('SELECT * FROM outbox').all());
		expect(outbox).toContain('booking_confirmed');
		expect(outbox).not.toMatch(/Lan|lan@example|0912|bookings\/|BEGIN:VCALENDAR/);
		expect(eraseOldBookingContacts(db, ended + 40 * 86400, 30)).toBe(0);
	});

	it('reads the number of days from BOOKING_RETENTION_DAYS, ignoring nonsense', () => {
		expect(retentionDays({})).toBe(DEFAULT_RETENTION_DAYS);
		expect(retentionDays({ BOOKING_RETENTION_DAYS: '7' })).toBe(7);
		for (const bad of ['0', '-3', '2.5', 'thirty', '']) {
			expect(retentionDays({ BOOKING_RETENTION_DAYS: bad })).toBe(DEFAULT_RETENTION_DAYS);
		}
	});
});
