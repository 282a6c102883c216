import { isoLocal } from '$lib/i18n/format';

/** Spreadsheet downloads for people who open them in Excel or LibreOffice. */

/** A cell Excel and LibreOffice will not run as a formula (OWASP "CSV injection"). */
function csvCell(value: string | number | null): string {
	let text = value === null ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
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
