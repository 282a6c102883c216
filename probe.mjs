import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:5400';
const email = 'probe' + Date.now() + '@example.vn';
const b = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu']
});
const c = await b.newContext({ viewport: { width: 390, height: 844 } });
const p = await c.newPage();
const r = await p.request.post(base + '/en/register', {
	headers: { origin: base },
	form: {
		email,
		password: 'hoa đào nở rộ tháng giêng',
		passwordConfirm: 'hoa đào nở rộ tháng giêng',
		name: 'Probe',
		kind: 'eatery',
		phone: '0205 3870 111',
		address: 'Phố Lê Lai',
		ward: 'Kỳ Lừa',
		lat: '',
		lon: ''
	},
	maxRedirects: 0
});
console.log('reg', r.status());
for (const path of process.argv.slice(2)) {
	await p.goto(base + path);
	const over = await p.evaluate(() =>
		[...document.querySelectorAll('body *')]
			.filter((e) => e.getBoundingClientRect().right > 391)
			.slice(0, 10)
			.map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
	);
	console.log(path, over);
}
await b.close();
