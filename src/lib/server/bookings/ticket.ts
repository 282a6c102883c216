import QRCode from 'qrcode';

/**
 * The booking's check-in code as a QR code, drawn by the `qrcode` package as SVG and handed to the
 * page as a data: URL for an <img> (alt text, no markup inserted from a string). A quiet zone of four
 * modules, as scanners expect; medium error correction survives a cracked screen.
 */
export async function ticketQr(code: string): Promise<string> {
	const svg = await QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
	return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
