import { fail, type RequestEvent } from '@sveltejs/kit';
import { isUnavailable } from './db';

/**
 * Reading untrusted form fields. Every problem is an i18n key (`errors.*`) for the page to
 * translate; nothing here throws on bad input.
 */

export type FieldErrors = Record<string, string>;

// C0 and C1 control characters and the Unicode "bidi" overrides that can disguise text: matching
// them is the point, hence the lint exception.
/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/* eslint-enable no-control-regex */

export class FormReader {
	readonly errors: FieldErrors = {};
	/** What the person typed (trimmed), to put back in the form; never passwords. */
	readonly values: Record<string, string> = {};

	constructor(private readonly data: FormData) {}

	private raw(name: string): string | null {
		const value = this.data.get(name);
		if (value === null) return null;
		if (typeof value !== 'string') {
			this.errors[name] = 'errors.invalid';
			return null;
		}
		return value;
	}

	/** A line or block of text: trimmed, NFC, bounded, free of control characters. */
	text(
		name: string,
		{ required = true, max = 200, multiline = false, keep = true } = {}
	): string | null {
		const raw = this.raw(name);
		if (this.errors[name]) return null;
		// Browsers send a textarea's line breaks as CR LF; one \n each is what the page counted.
		const value = (raw ?? '').replace(/\r\n?/g, '\n').normalize('NFC').trim();
		if (keep) this.values[name] = value.slice(0, max + 1);
		if (!value) {
			if (required) this.errors[name] = 'errors.required';
			return null;
		}
		if ([...value].length > max) this.errors[name] = 'errors.tooLong';
		else if ((multiline ? CONTROL : CONTROL_SINGLE_LINE).test(value))
			this.errors[name] = 'errors.controlCharacters';
		return this.errors[name] ? null : value;
	}

	email(name = 'email', { required = true } = {}): string | null {
		const value = this.text(name, { max: 254, required });
		if (value === null) return null;
		if (!/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value)) {
			this.errors[name] = 'errors.invalidEmail';
			return null;
		}
		return value.toLowerCase();
	}

	/** A password exactly as typed (spaces count), never echoed back. */
	password(name: string, { max = 1024 } = {}): string | null {
		const raw = this.raw(name);
		if (this.errors[name]) return null;
		if (!raw) {
			this.errors[name] = 'errors.required';
			return null;
		}
		// Far past any real password: refuse before it costs hashing time.
		if (raw.length > max) {
			this.errors[name] = 'accountErrors.passwordTooLong';
			return null;
		}
		return raw;
	}

	phone(name = 'phone', { required = true } = {}): string | null {
		const value = this.text(name, { max: 24, required });
		if (value === null) return null;
		const digits = value.replace(/\D/g, '');
		if (!/^\+?[\d\s().-]+$/.test(value) || digits.length < 6 || digits.length > 15) {
			this.errors[name] = 'errors.invalidPhone';
			return null;
		}
		return value;
	}

	/** One of a fixed list of values (a select). */
	choice<T extends string>(
		name: string,
		allowed: readonly T[],
		{ required = true } = {}
	): T | null {
		const value = this.text(name, { required, max: 100 });
		if (value === null) return null;
		if (!(allowed as readonly string[]).includes(value)) {
			this.errors[name] = 'errors.invalidChoice';
			return null;
		}
		return value as T;
	}

	/** An optional decimal number within bounds; empty means "not given" (null). */
	number(
		name: string,
		{ min, max, required = false }: { min: number; max: number; required?: boolean }
	) {
		const value = this.text(name, { required, max: 30 });
		if (value === null) return null;
		const parsed = Number(value.replace(',', '.'));
		if (!Number.isFinite(parsed) || !/^-?\d+([.,]\d+)?$/.test(value)) {
			this.errors[name] = 'errors.invalidNumber';
			return null;
		}
		if (parsed < min || parsed > max) {
			this.errors[name] = 'errors.outOfRange';
			return null;
		}
		return parsed;
	}

	get ok(): boolean {
		return Object.keys(this.errors).length === 0;
	}
}

/**
 * The one shape every failed form action returns, so pages can show it the same way: what was
 * typed (never passwords), field errors and a form-level message, all as i18n keys.
 */
export function formFailure(
	status: 400 | 403 | 404 | 409 | 429 | 503,
	{
		values = {},
		errors = {},
		message = 'errors.formInvalid',
		params = {}
	}: {
		values?: Record<string, string>;
		errors?: FieldErrors;
		message?: string;
		params?: Record<string, string | number>;
	}
) {
	return fail(status, { values, errors, message, params });
}

/** The request's form, or null when the body is not one (wrong type, cut off, broken multipart). */
export async function readForm(request: Request): Promise<FormData | null> {
	try {
		return await request.formData();
	} catch {
		return null;
	}
}

/**
 * Every form action goes through this: the body is read once, safely (400 "could not read the
 * form" when it is not a form), and a database that cannot take the write now (locked, read-only,
 * a disk error) gets the translated 503 rather than a 500.
 */
export function formAction<E extends RequestEvent, R>(
	handler: (event: E, data: FormData) => R | Promise<R>
) {
	return async (event: E) => {
		const data = await readForm(event.request);
		if (!data) return formFailure(400, { message: 'errors.formUnreadable' });
		try {
			return await handler(event, data);
		} catch (err) {
			if (isUnavailable(err)) return formFailure(503, { message: 'errors.busy' });
			throw err;
		}
	};
}
