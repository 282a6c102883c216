import type { ActionFailure, RequestEvent } from '@sveltejs/kit';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './db';
import { formAction, FormReader } from './form';

const reader = (entries: Record<string, string | Blob>) => {
	const data = new FormData();
	for (const [k, v] of Object.entries(entries)) data.append(k, v);
	return new FormReader(data);
};

describe('FormReader', () => {
	it('trims, normalises and keeps what was typed', () => {
		const form = reader({ name: '  Que\u0301n  ' });
		expect(form.text('name')).toBe('Quén');
		expect(form.values.name).toBe('Quén');
		expect(form.ok).toBe(true);
	});

	it('flags missing, empty, too long and control-character fields with i18n keys', () => {
		const form = reader({
			empty: '   ',
			long: 'x'.repeat(10_000),
			ctrl: 'a\u0000b',
			bidi: 'a\u202Eb'
		});
		form.text('missing');
		form.text('empty');
		form.text('long', { max: 120 });
		form.text('ctrl');
		form.text('bidi');
		expect(form.errors).toEqual({
			missing: 'errors.required',
			empty: 'errors.required',
			long: 'errors.tooLong',
			ctrl: 'errors.controlCharacters',
			bidi: 'errors.controlCharacters'
		});
		expect(form.values.long.length).toBe(121);
	});

	it('allows new lines only in multi-line text', () => {
		expect(reader({ a: 'one\ntwo' }).text('a', { multiline: true })).toBe('one\ntwo');
		const form = reader({ a: 'one\ntwo' });
		expect(form.text('a')).toBeNull();
		expect(form.errors.a).toBe('errors.controlCharacters');
	});

	it('stores the line breaks a browser sends (CR LF) as one character each', () => {
		expect(reader({ a: 'one\r\ntwo\rthree' }).text('a', { multiline: true })).toBe(
			'one\ntwo\nthree'
		);
		// A textarea with maxlength 9 lets "1234\n5678" through (9 characters in the browser); the
		// server counts the same 9, not the 10 of its CR LF form.
		expect(reader({ a: '1234\r\n5678' }).text('a', { multiline: true, max: 9 })).toBe('1234\n5678');
	});

	it('refuses a file where text is expected', () => {
		const form = reader({ name: new Blob(['x']) });
		expect(form.text('name')).toBeNull();
		expect(form.errors.name).toBe('errors.invalid');
	});

	it('checks e-mails, phones, choices and numbers', () => {
		const form = reader({
			email: ' Quan@Example.VN ',
			bad: 'not-an-email',
			phone: '+84 205 3870 000',
			badPhone: '12ab',
			kind: 'eatery',
			badKind: 'casino',
			lat: '21,856',
			lon: '106.75.75',
			far: '999'
		});
		expect(form.email()).toBe('quan@example.vn');
		expect(form.email('bad')).toBeNull();
		expect(form.phone()).toBe('+84 205 3870 000');
		expect(form.phone('badPhone')).toBeNull();
		expect(form.choice('kind', ['eatery', 'shop'])).toBe('eatery');
		expect(form.choice('badKind', ['eatery', 'shop'])).toBeNull();
		expect(form.number('lat', { min: -90, max: 90 })).toBe(21.856);
		expect(form.number('lon', { min: -180, max: 180 })).toBeNull();
		expect(form.number('far', { min: -90, max: 90 })).toBeNull();
		expect(form.number('absent', { min: 0, max: 1 })).toBeNull();
		expect(form.errors).toEqual({
			bad: 'errors.invalidEmail',
			badPhone: 'errors.invalidPhone',
			badKind: 'errors.invalidChoice',
			lon: 'errors.invalidNumber',
			far: 'errors.outOfRange'
		});
	});

	it('never keeps a password among the values to show again', () => {
		const form = reader({ password: 'secret words here' });
		expect(form.password('password')).toBe('secret words here');
		expect(form.values).toEqual({});
		expect(reader({ password: 'x'.repeat(2000) }).password('password')).toBeNull();
	});
});

describe('formAction', () => {
	const post = (body: string, type: string) =>
		({
			request: new Request('http://x/', {
				method: 'POST',
				headers: { 'content-type': type },
				body
			})
		}) as RequestEvent;

	it('hands the handler the form, and answers a body that is not a form with 400', async () => {
		const action = formAction((_event, data) => ({ name: data.get('name') }));
		expect(await action(post('name=Kh%C3%A1ch', 'application/x-www-form-urlencoded'))).toEqual({
			name: 'Khách'
		});
		for (const [body, type] of [
			['name=x', 'text/plain'],
			['', 'multipart/form-data; boundary=XYZ'],
			[
				'--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nv',
				'multipart/form-data; boundary=XYZ'
			]
		]) {
			const failure = (await action(post(body, type))) as ActionFailure<{ message: string }>;
			expect(failure.status, type).toBe(400);
			expect(failure.data.message).toBe('errors.formUnreadable');
		}
	});

	it('answers a database that cannot take the write (locked, read-only, disk error) with 503', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'form-spec-'));
		const path = join(dir, 'portal.db');
		openDatabase(path).close();
		const readOnly = new Database(path, { readonly: true });
		try {
			const writes = [
				() => readOnly.prepare("INSERT INTO meta (key, value) VALUES ('x', 'y')").run(),
				() => {
					throw new Database.SqliteError('disk I/O error', 'SQLITE_IOERR_WRITE');
				},
				() => {
					throw new Database.SqliteError('database is locked', 'SQLITE_BUSY');
				}
			];
			for (const write of writes) {
				const action = formAction(() => write());
				const failure = (await action(
					post('a=b', 'application/x-www-form-urlencoded')
				)) as ActionFailure<{ message: string }>;
				expect(failure.status).toBe(503);
				expect(failure.data.message).toBe('errors.busy');
			}
			// Anything else is a bug: it reaches handleError as before.
			const broken = formAction(() => {
				throw new TypeError('a bug');
			});
			await expect(broken(post('a=b', 'application/x-www-form-urlencoded'))).rejects.toThrow(
				'a bug'
			);
		} finally {
			readOnly.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
