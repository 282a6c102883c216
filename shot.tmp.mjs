import { chromium } from '@playwright/test';
const b = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
const [url, out, w, h] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: Number(w || 390), height: Number(h || 844) } });
const errs = [];
p.on('pageerror', (e) => errs.push(e.message));
p.on('console', (m) => m.type() === 'error' && errs.push(m.text()));
await p.goto(url);
await p.waitForTimeout(500);
await p.screenshot({ path: out, fullPage: true });
console.log('errors:', errs);
await b.close();
