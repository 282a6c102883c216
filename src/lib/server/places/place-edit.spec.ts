import { beforeEach, describe, expect, it } from 'vitest';
import { initialiseContent } from '../demo/demo';
import { openDatabase, type Db } from '../platform/db';
import { checkPlacesImport, importPlaces, placesCsv, placesGeoJson } from './open-data';
import { deletePlace, placeForEdit, savePlace, type PlaceInput } from './place-edit';
import { getPlace, listPlaces } from './places';

let db: Db;
beforeEach(() => {
	db = openDatabase(':memory:');
	initialiseContent(db, true);
});
const actor = { id: null as unknown as number, ip: null };

const newPlace = (over: Partial<PlaceInput> = {}): PlaceInput => ({
	slug: 'quan-pho-dem',
	category: 'night',
	ward: 'Kỳ Lừa',
	commune: '',
	lat: 21.85,
	lon: 106.76,
	precisionM: 50,
	hours: {
		rules: [{ days: [5, 6], open: 1080, close: 1560 }],
		closed: [{ from: '2027-02-05', to: '2027-02-10' }]
	},
	feeVnd: null,
	feeYear: null,
	phone: '',
	website: '',
	checkedOn: '2026-11-30',
	published: true,
	texts: {
		vi: {
			name: 'Quán phở đêm',
			summary: 'Mở đến 2 giờ sáng.',
			description: '',
			address: 'Phố Lê Lai',
			gettingThere: '',
			hoursNote: '',
			accessibility: ''
		}
	},
	...over
});

describe('places edited by the department', () => {
	it('are shown once published, in Vietnamese where not translated', () => {
		expect(savePlace(db, null, newPlace({ published: false }), actor)).toEqual({
			slug: 'quan-pho-dem',
			changed: ['created']
		});
		expect(getPlace(db, 'quan-pho-dem', 'en')).toBeNull();
		const id = placeForEdit(db, 'quan-pho-dem')!.id;
		expect(savePlace(db, id, newPlace(), actor)).toEqual({
			slug: 'quan-pho-dem',
			changed: ['published']
		});
		expect(getPlace(db, 'quan-pho-dem', 'en')).toMatchObject({
			name: 'Quán phở đêm',
			textLocale: 'vi'
		});
		expect(listPlaces(db, 'zh').map((p) => p.slug)).toContain('quan-pho-dem');
		// Nothing changed: nothing written.
		expect(savePlace(db, id, newPlace(), actor)).toEqual({ slug: 'quan-pho-dem', changed: [] });
		expect(savePlace(db, null, newPlace(), actor)).toEqual({ problem: 'accountErrors.slugTaken' });
	});

	it('cannot be deleted while an event takes place there', () => {
		expect(deletePlace(db, 'ky-lua-walking-street', actor)).toBe('accountErrors.placeInUse');
		expect(getPlace(db, 'ky-lua-walking-street', 'vi')).not.toBeNull();
		expect(deletePlace(db, 'mac-citadel', actor)).toBe('deleted');
		expect(getPlace(db, 'mac-citadel', 'vi')).toBeNull();
		expect(
			db.prepare("SELECT count(*) FROM audit WHERE action = 'place_deleted'").pluck().get()
		).toBe(1);
	});
});

describe('import and export', () => {
	it('reads back what it writes, as GeoJSON and as CSV', () => {
		savePlace(db, null, newPlace(), actor);
		const geojson = JSON.stringify(placesGeoJson(db, { origin: 'https://x', all: true }));
		const csv = placesCsv(db);
		for (const file of [geojson, csv]) {
			const checked = checkPlacesImport(db, file);
			if ('problems' in checked) throw new Error(JSON.stringify(checked.problems));
			expect(checked.rows.every((r) => r.status === 'unchanged')).toBe(true);
		}
		const empty = openDatabase(':memory:');
		initialiseContent(empty, false);
		const checked = checkPlacesImport(empty, csv);
		if ('problems' in checked) throw new Error(JSON.stringify(checked.problems));
		expect(checked.rows.every((r) => r.status === 'added')).toBe(true);
		importPlaces(empty, checked.places, actor);
		expect(getPlace(empty, 'quan-pho-dem', 'vi')?.hours).toEqual(newPlace().hours);
		expect(listPlaces(empty, 'en')).toEqual(listPlaces(db, 'en'));
	});

	it('says which row and field is wrong, and writes nothing', () => {
		const csv = placesCsv(db).replace('21.856', '48.85');
		const checked = checkPlacesImport(db, csv);
		expect(checked).toEqual({ problems: [{ line: 2, field: 'lat', error: 'errors.outOfRange' }] });
		expect(checkPlacesImport(db, 'not a file')).toEqual({
			problems: [{ line: 0, field: '', error: 'accountErrors.importColumns' }]
		});
		expect(checkPlacesImport(db, '{"type":"Feature"}')).toEqual({
			problems: [{ line: 0, field: '', error: 'accountErrors.importNotGeojson' }]
		});
	});
});
