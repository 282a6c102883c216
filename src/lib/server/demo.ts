import type { Db } from './db';
import type { Locale } from '$lib/i18n/locales';

/*
 * Demo content: facts (coordinates, dates, figures) from shared/data/langson-facts.md, sentences
 * written by the team. Loaded once into a brand-new database unless DEMO_DATA=0.
 */

type Texts = Record<Locale, { name: string; summary: string }>;

interface DemoPlace {
	slug: string;
	category: 'night' | 'market' | 'heritage' | 'nature' | 'mountain' | 'border' | 'park';
	lat: number;
	lon: number;
	/** Metres the pin may be off: sourced coordinates ~50, estimated ones ~1000. */
	precisionM: number;
	texts: Texts;
}

const SOURCED = 50;
const ESTIMATED = 1000;

export const DEMO_PLACES: DemoPlace[] = [
	{
		slug: 'ky-lua-walking-street',
		category: 'night',
		lat: 21.856,
		lon: 106.7575,
		precisionM: ESTIMATED,
		texts: {
			vi: {
				name: 'Phố đi bộ Kỳ Lừa',
				summary:
					'Khoảng 1,3 km phố quanh chợ Kỳ Lừa, mở tối thứ Sáu và thứ Bảy từ 18:00 đến 24:00 với ẩm thực, âm nhạc và hàng thủ công.'
			},
			en: {
				name: 'Kỳ Lừa walking street',
				summary:
					'About 1.3 km of streets around Kỳ Lừa market, car-free on Friday and Saturday nights from 18:00 to midnight, with food, music and crafts.'
			},
			zh: {
				name: '祈驴步行街',
				summary:
					'环绕祈驴市场约1.3公里的街区，每周五、周六18:00至24:00禁止车辆通行，有美食、音乐和手工艺品。'
			}
		}
	},
	{
		slug: 'ky-lua-market',
		category: 'market',
		lat: 21.856,
		lon: 106.7575,
		precisionM: ESTIMATED,
		texts: {
			vi: {
				name: 'Chợ Kỳ Lừa và chợ đêm',
				summary:
					'Chợ có từ thế kỷ 17, nay là nơi ăn đêm sôi động nhất thành phố; phiên chợ truyền thống vào các ngày 2, 7, 12, 17, 22, 27 âm lịch.'
			},
			en: {
				name: 'Kỳ Lừa market and night market',
				summary:
					'A market since the 17th century and now the liveliest place in town to eat at night; traditional market days fall on the 2nd, 7th, 12th, 17th, 22nd and 27th of each lunar month.'
			},
			zh: {
				name: '祈驴市场与夜市',
				summary:
					'始建于17世纪的老市场，如今是城里最热闹的夜宵去处；传统集市日为农历每月初二、初七、十二、十七、二十二和二十七。'
			}
		}
	},
	{
		slug: 'tam-thanh-cave',
		category: 'heritage',
		lat: 21.85557,
		lon: 106.7468,
		precisionM: SOURCED,
		texts: {
			vi: {
				name: 'Động và chùa Tam Thanh',
				summary:
					'Hang đá vôi với cửa động cao 8 m và chùa Tam Giáo dựng năm 1777, mở cửa hằng ngày; vé người lớn 20.000 đồng (2024).'
			},
			en: {
				name: 'Tam Thanh cave and pagoda',
				summary:
					'A limestone cave with an 8-metre-high mouth and the Tam Giáo pagoda built in 1777; open daily, adult ticket VND 20,000 (2024).'
			},
			zh: {
				name: '三清洞与三清寺',
				summary:
					'石灰岩溶洞，洞口高8米，洞内有建于1777年的三教寺；每日开放，成人票20,000越南盾（2024年）。'
			}
		}
	},
	{
		slug: 'nhi-thanh-cave',
		category: 'nature',
		lat: 21.8615,
		lon: 106.748,
		precisionM: ESTIMATED,
		texts: {
			vi: {
				name: 'Động Nhị Thanh',
				summary: 'Cách Tam Thanh khoảng 700 m, có suối Ngọc Tuyền chảy qua lòng động.'
			},
			en: {
				name: 'Nhị Thanh cave',
				summary: 'About 700 m from Tam Thanh, with the Ngọc Tuyền stream running through it.'
			},
			zh: { name: '二清洞', summary: '距三清洞约700米，玉泉溪从洞中流过。' }
		}
	},
	{
		slug: 'to-thi-peak',
		category: 'nature',
		lat: 21.8545,
		lon: 106.7445,
		precisionM: ESTIMATED,
		texts: {
			vi: {
				name: 'Núi Tô Thị (Vọng Phu)',
				summary:
					'Ngọn núi gắn với truyền thuyết nàng Tô Thị bồng con chờ chồng, trong quần thể Tam Thanh.'
			},
			en: {
				name: 'Tô Thị peak (Vọng Phu)',
				summary:
					'The hill of the legend of Tô Thị, the wife who waited for her husband until she turned to stone; part of the Tam Thanh complex.'
			},
			zh: { name: '苏氏望夫石', summary: '三清景区内的山峰，流传着苏氏抱子盼夫、化而为石的传说。' }
		}
	},
	{
		slug: 'mac-citadel',
		category: 'heritage',
		lat: 21.8525,
		lon: 106.742,
		precisionM: ESTIMATED,
		texts: {
			vi: {
				name: 'Thành nhà Mạc',
				summary:
					'Di tích thế kỷ 16, tường thành dài khoảng 300 m, dày 1 m, cách các động khoảng 500 m.'
			},
			en: {
				name: 'Mạc dynasty citadel',
				summary:
					'A 16th-century relic whose walls run about 300 m and stand a metre thick, some 500 m from the caves.'
			},
			zh: { name: '莫朝古城', summary: '16世纪遗迹，城墙长约300米、厚1米，距山洞约500米。' }
		}
	},
	{
		slug: 'ta-phu-temple',
		category: 'heritage',
		lat: 21.8555,
		lon: 106.7585,
		precisionM: ESTIMATED,
		texts: {
			vi: { name: 'Đền Tả Phủ', summary: 'Thờ Thân Công Tài, người lập ra chợ Kỳ Lừa.' },
			en: {
				name: 'Tả Phủ temple',
				summary: 'Dedicated to Thân Công Tài, who founded Kỳ Lừa market.'
			},
			zh: { name: '左府庙', summary: '供奉祈驴市场的创建者申公才。' }
		}
	},
	{
		slug: 'ky-cung-temple',
		category: 'heritage',
		lat: 21.85,
		lon: 106.758,
		precisionM: ESTIMATED,
		texts: {
			vi: {
				name: 'Đền Kỳ Cùng và bến đá',
				summary:
					'Đền thế kỷ 18 bên bờ bắc sông Kỳ Cùng, đầu cầu Kỳ Cùng; di tích quốc gia từ năm 1993.'
			},
			en: {
				name: 'Kỳ Cùng temple and stone wharf',
				summary:
					'An 18th-century temple on the north bank of the Kỳ Cùng river by the bridge; a national relic since 1993.'
			},
			zh: {
				name: '奇穷庙与石码头',
				summary: '位于奇穷河北岸桥头的18世纪庙宇，1993年列为国家级遗迹。'
			}
		}
	},
	{
		slug: 'tien-pagoda',
		category: 'heritage',
		lat: 21.842,
		lon: 106.76,
		precisionM: ESTIMATED,
		texts: {
			vi: {
				name: 'Chùa Tiên – Giếng Tiên',
				summary: 'Chùa trong lòng núi Đại Tượng, lên 65 bậc đá; lễ hội vào ngày 18 tháng Giêng.'
			},
			en: {
				name: 'Tiên pagoda and Tiên well',
				summary:
					'A pagoda inside Đại Tượng mountain, up 65 stone steps; its festival falls on the 18th of the first lunar month.'
			},
			zh: { name: '仙寺与仙井', summary: '位于大象山中的寺庙，需登65级石阶；庙会在农历正月十八。' }
		}
	},
	{
		slug: 'phai-ve-flag-tower',
		category: 'heritage',
		lat: 21.8475,
		lon: 106.764,
		precisionM: ESTIMATED,
		texts: {
			vi: {
				name: 'Cột cờ Phai Vệ',
				summary: 'Đối diện chợ Đông Kinh; leo 535 bậc để ngắm toàn cảnh thành phố.'
			},
			en: {
				name: 'Phai Vệ flag tower',
				summary: 'Across from Đông Kinh market; climb 535 steps for a view over the whole city.'
			},
			zh: { name: '派卫旗台', summary: '位于东京市场对面，登上535级台阶可俯瞰全城。' }
		}
	},
	{
		slug: 'chi-lang-park',
		category: 'park',
		lat: 21.844,
		lon: 106.761,
		precisionM: ESTIMATED,
		texts: {
			vi: {
				name: 'Công viên Chi Lăng – phố Hùng Vương',
				summary: 'Nơi tổ chức lễ hội hoa đào và con đường hoa mùa xuân.'
			},
			en: {
				name: 'Chi Lăng park and Hùng Vương street',
				summary: 'Home of the peach blossom festival and the spring flower road.'
			},
			zh: { name: '支棱公园与雄王街', summary: '桃花节和春季花街的举办地。' }
		}
	},
	{
		slug: 'mau-son',
		category: 'mountain',
		lat: 21.877111,
		lon: 107.004261,
		precisionM: SOURCED,
		texts: {
			vi: {
				name: 'Núi Mẫu Sơn',
				summary:
					'Cách thành phố khoảng 30 km về phía đông; đỉnh Phia Pò cao 1.541 m, nhiệt độ trung bình 15,5 °C, có mùa đông có tuyết.'
			},
			en: {
				name: 'Mẫu Sơn mountain',
				summary:
					'About 30 km east of the city; Phia Pò peak rises to 1,541 m, the average temperature is 15.5 °C and some winters bring snow.'
			},
			zh: {
				name: '母山',
				summary: '位于市区以东约30公里；主峰Phia Pò海拔1541米，年均气温15.5°C，部分年份冬季下雪。'
			}
		}
	},
	{
		slug: 'dong-dang',
		category: 'border',
		lat: 21.94583,
		lon: 106.69667,
		precisionM: SOURCED,
		texts: {
			vi: {
				name: 'Đồng Đăng',
				summary:
					'Thị trấn biên giới cách 14 km về phía bắc, có đền Mẫu Đồng Đăng và ga đường sắt quốc tế.'
			},
			en: {
				name: 'Đồng Đăng',
				summary:
					'A border town 14 km to the north, with the Mother Goddess temple and an international railway station.'
			},
			zh: { name: '同登', summary: '北面14公里的边境小镇，有同登圣母庙和国际铁路车站。' }
		}
	},
	{
		slug: 'huu-nghi-border-gate',
		category: 'border',
		lat: 21.97,
		lon: 106.71,
		precisionM: ESTIMATED,
		texts: {
			vi: {
				name: 'Cửa khẩu quốc tế Hữu Nghị',
				summary: 'Cách Đồng Đăng khoảng 3 km, điểm km 0 của Quốc lộ 1A.'
			},
			en: {
				name: 'Hữu Nghị international border gate',
				summary: 'About 3 km beyond Đồng Đăng, at kilometre zero of National Road 1A.'
			},
			zh: { name: '友谊国际口岸', summary: '距同登约3公里，位于1A国道零公里处。' }
		}
	},
	{
		slug: 'chi-lang-pass',
		category: 'heritage',
		lat: 21.62,
		lon: 106.55,
		precisionM: 5000,
		texts: {
			vi: {
				name: 'Ải Chi Lăng',
				summary:
					'Thung lũng dài khoảng 20 km trên Quốc lộ 1A, nơi diễn ra chiến thắng năm 1427; di tích quốc gia đặc biệt.'
			},
			en: {
				name: 'Chi Lăng pass',
				summary:
					'A valley of some 20 km on National Road 1A where the victory of 1427 was won; a special national relic.'
			},
			zh: {
				name: '支棱关',
				summary: '1A国道上约20公里长的山谷，1427年大捷的发生地，国家特别级遗迹。'
			}
		}
	}
];

export function loadDemoData(db: Db): void {
	const insertPlace = db.prepare(
		'INSERT INTO place (slug, category, lat, lon, precision_m, sort_order) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (slug) DO NOTHING'
	);
	const insertText = db.prepare(
		'INSERT INTO place_text (place_id, locale, name, summary) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING'
	);
	DEMO_PLACES.forEach((p, i) => {
		const { changes, lastInsertRowid } = insertPlace.run(
			p.slug,
			p.category,
			p.lat,
			p.lon,
			p.precisionM,
			i
		);
		if (changes === 0) return;
		for (const [locale, text] of Object.entries(p.texts)) {
			insertText.run(lastInsertRowid, locale, text.name, text.summary);
		}
	});
}
