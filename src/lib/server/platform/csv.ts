import { isoLocal } from '$lib/i18n/format';

/** Spreadsheet downloads for people who open them in Excel or LibreOffice. */

/** A cell Excel and LibreOffice will not run as a formula (OWASP "CSV injection"). */
function csvCell(value: string | number | null): string {
	let text = value === null ? '' : String(value);
	// A number is never a formula: −360000 stays a number the spreadsheet can add up.
	if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV: UTF-8 with a byte-order mark so Excel reads Vietnamese correctly; CRLF lines. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
	return (
		'\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
	);
}

/** A moment as spreadsheets read it, in Lạng Sơn time: `2026-11-27 18:00`. */
export function spreadsheetTime(unixSeconds: number): string {
	return isoLocal(unixSeconds).slice(0, 16).replace('T', ' ');
}

export function csvResponse(csv: string, filename: string): Response {
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'private, no-store'
		}
	});
}

/**
 * Parses CSV as spreadsheets save it: an optional byte-order mark, comma or semicolon (guessed
 * from the first line), quoted fields with doubled quotes and line breaks, CRLF or LF. Each row
 * carries the line number it starts on, for error messages. Null when a quote is never closed.
 */
export function parseCsv(text: string): { line: number; cells: string[] }[] | null {
	const body = text.replace(/^\uFEFF/, '');
	const firstLine = body.slice(0, body.search(/\r?\n|$/));
	const delimiter =
		(firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
	const rows: { line: number; cells: string[] }[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let rowLine = 1;
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (quoted) {
			if (c === '"') {
				if (body[i + 1] === '"') {
					cell += '"';
					i++;
				} else quoted = false;
			} else {
				if (c === '\n') line++;
				cell += c;
			}
		} else if (c === '"' && cell === '') {
			quoted = true;
		} else if (c === delimiter) {
			cells.push(cell);
			cell = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && body[i + 1] === '\n') i++;
			cells.push(cell);
			rows.push({ line: rowLine, cells });
			cells = [];
			cell = '';
			line++;
			rowLine = line;
		} else {
			cell += c;
		}
	}
	if (quoted) return null;
	if (cell !== '' || cells.length > 0) {
		cells.push(cell);
		rows.push({ line: rowLine, cells });
	}
	// Blank lines (a trailing newline, an empty row in the sheet) are not rows.
	return rows.filter((row) => row.cells.some((c) => c.trim() !== ''));
}
