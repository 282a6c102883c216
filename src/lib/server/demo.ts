import type { Db } from './db';
import { DEMO_PLACES } from './demo-places';

export { DEMO_PLACES };

/** Demo content for a brand-new database; see db.ts `initialiseContent` for when it runs. */
export function loadDemoData(db: Db): void {
	const insertPlace = db.prepare(`
		INSERT INTO place (slug, category, lat, lon, precision_m, sort_order, ward, former_ward,
			opening_hours, fee_vnd, fee_year)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (slug) DO NOTHING`);
	const insertText = db.prepare(`
		INSERT INTO place_text (place_id, locale, name, summary, description, address, getting_there,
			hours_note)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING`);
	DEMO_PLACES.forEach((p, i) => {
		const { changes, lastInsertRowid } = insertPlace.run(
			p.slug,
			p.category,
			p.lat,
			p.lon,
			p.precisionM,
			i,
			p.ward,
			p.formerWard ?? null,
			p.hours ? JSON.stringify(p.hours) : null,
			p.feeVnd,
			p.feeYear ?? null
		);
		if (changes === 0) return;
		for (const [locale, t] of Object.entries(p.texts)) {
			insertText.run(
				lastInsertRowid,
				locale,
				t.name,
				t.summary,
				t.description,
				t.address,
				t.gettingThere,
				t.hoursNote ?? ''
			);
		}
	});
}
