// content/: the department's identity and the resolution's name, set once by the department and
// shown in the footer, the about page, the privacy page (the data controller) and the progress page.
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { prepared, type Db } from '../platform/db';
import { recordAudit, type Actor } from '../platform/audit';
import { nowSeconds } from '../platform/clock';

/** Settings written in each language (`<key>_vi` …); Vietnamese is shown where one is missing. */
export const TRANSLATED_SETTINGS = ['department_name', 'info_centre', 'resolution_name'] as const;
/** Settings that are the same in every language. */
export const PLAIN_SETTINGS = [
	'address',
	'phone',
	'hotline',
	'email',
	'privacy_contact',
	'resolution_number',
	'resolution_date'
] as const;

export const SETTING_KEYS = [
	...TRANSLATED_SETTINGS.flatMap((k) => LOCALES.map((l) => `${k}_${l}`)),
	...PLAIN_SETTINGS
];

export type Identity = Record<
	(typeof TRANSLATED_SETTINGS)[number] | (typeof PLAIN_SETTINGS)[number],
	string
>;

function all(db: Db): Map<string, string> {
	return new Map(
		prepared<[], { key: string; value: string }>(db, 'SELECT key, value FROM setting')
			.all()
			.map((r) => [r.key, r.value])
	);
}

/** Every setting as stored ('' when not set), for the editor. */
export function settingsForEdit(db: Db): Record<string, string> {
	const values = all(db);
	return Object.fromEntries(SETTING_KEYS.map((k) => [k, values.get(k) ?? '']));
}

/** The identity in one language, for pages. */
export function identity(db: Db, locale: Locale): Identity {
	const values = all(db);
	const shown = {} as Identity;
	for (const key of TRANSLATED_SETTINGS) {
		shown[key] = values.get(`${key}_${locale}`) || values.get(`${key}_vi`) || '';
	}
	for (const key of PLAIN_SETTINGS) shown[key] = values.get(key) ?? '';
	return shown;
}

/** Writes the settings that changed; the audit log names them (not their values). */
export function saveSettings(
	db: Db,
	values: Record<string, string>,
	actor: Actor,
	now = nowSeconds()
): string[] {
	return db
		.transaction(() => {
			const before = all(db);
			const changed = SETTING_KEYS.filter((k) => (before.get(k) ?? '') !== (values[k] ?? ''));
			const upsert = prepared(
				db,
				`INSERT INTO setting (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
				ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
					updated_by = excluded.updated_by`
			);
			for (const key of changed) upsert.run(key, values[key] ?? '', now, actor.id);
			if (changed.length > 0) {
				recordAudit(db, {
					actorId: actor.id,
					ip: actor.ip,
					action: 'settings_saved',
					detail: changed.join(', ')
				});
			}
			return changed;
		})
		.immediate();
}

/** Whether this database was started with demonstration content (the footer then says so). */
export function isDemo(db: Db): boolean {
	return (
		prepared<[], string>(db, "SELECT value FROM meta WHERE key = 'demo_data'").pluck().get() === '1'
	);
}
