import type { Locale } from '$lib/i18n/locales';
import type { OpeningHours } from '$lib/opening-hours';
import type { PlaceCategory } from '../places/places';

/*
 * Demo places: facts (coordinates, dates, figures, fees) from shared/data/langson-facts.md, every
 * sentence written by the team. Coordinates marked ESTIMATED may be off by up to about a kilometre,
 * and the pages say so. Hours and fees not found in a source are left unknown rather than guessed.
 */

export interface PlaceText {
	name: string;
	summary: string;
	description: string;
	address: string;
	gettingThere: string;
	hoursNote?: string;
}

export interface DemoPlace {
	slug: string;
	category: PlaceCategory;
	lat: number;
	lon: number;
	/** Metres the pin may be off. */
	precisionM: number;
	ward: 'Tam Thanh' | 'Lương Văn Tri' | 'Kỳ Lừa' | 'Đông Kinh' | null;
	formerWard?: string;
	hours: OpeningHours | null;
	feeVnd: number | null;
	feeYear?: number;
	texts: Record<Locale, PlaceText>;
}

const SOURCED = 50;
const ESTIMATED = 1000;
const ALWAYS: OpeningHours = { always: true };

export const DEMO_PLACES: DemoPlace[] = [
	{
		slug: 'ky-lua-walking-street',
		category: 'night',
		lat: 21.856,
		lon: 106.7575,
		precisionM: ESTIMATED,
		ward: 'Kỳ Lừa',
		hours: { rules: [{ days: [5, 6], open: 18 * 60, close: 24 * 60 }] },
		feeVnd: 0,
		texts: {
			vi: {
				name: 'Phố đi bộ Kỳ Lừa',
				summary:
					'Khoảng 1,3 km phố quanh chợ Kỳ Lừa, mở tối thứ Sáu và thứ Bảy từ 18:00 đến 24:00 với ẩm thực, âm nhạc và hàng thủ công.',
				description:
					'Phố đi bộ Kỳ Lừa khai trương ngày 16/10/2020 trên các phố Bắc Sơn, Lê Lai, Trần Quốc Toản, Lương Văn Tri và quanh chợ Kỳ Lừa, dài khoảng 1.300 m. Tối thứ Sáu và thứ Bảy, xe cộ nhường chỗ cho quầy ẩm thực, hàng lưu niệm, biểu diễn ca nhạc và trò chơi dân gian. Những tối đầu tiên đón 5.000–6.000 lượt khách; năm 2022 trung bình 3.000–4.000 lượt mỗi tối.',
				address: 'Phố Bắc Sơn, Lê Lai, Trần Quốc Toản, Lương Văn Tri, quanh chợ Kỳ Lừa',
				gettingThere:
					'Ngay trung tâm, đi bộ được từ các khách sạn quanh chợ Kỳ Lừa. Có 5 bãi đỗ xe với tổng diện tích khoảng 3.500 m² quanh tuyến phố.'
			},
			en: {
				name: 'Kỳ Lừa walking street',
				summary:
					'About 1.3 km of streets around Kỳ Lừa market, car-free on Friday and Saturday nights from 18:00 to midnight, with food, music and crafts.',
				description:
					'The walking street opened on 16 October 2020 along Bắc Sơn, Lê Lai, Trần Quốc Toản and Lương Văn Tri streets and around Kỳ Lừa market, about 1,300 m in all. On Friday and Saturday nights the traffic gives way to food stalls, souvenir sellers, live music and folk games. The first nights drew 5,000–6,000 people; in 2022 it averaged 3,000–4,000 a night.',
				address: 'Bắc Sơn, Lê Lai, Trần Quốc Toản and Lương Văn Tri streets, around Kỳ Lừa market',
				gettingThere:
					'Right in the centre, within walking distance of the hotels around Kỳ Lừa market. Five parking lots with about 3,500 m² of space surround the route.'
			},
			zh: {
				name: '祈驴步行街',
				summary:
					'环绕祈驴市场约1.3公里的街区，每周五、周六18:00至24:00禁止车辆通行，有美食、音乐和手工艺品。',
				description:
					'步行街于2020年10月16日开放，包括北山街、黎来街、陈国瓒街、梁文知街及祈驴市场周边，全长约1300米。每逢周五、周六晚上，街道让给小吃摊、纪念品摊、现场音乐和民间游戏。开街之初每晚接待5000至6000人次，2022年平均每晚3000至4000人次。',
				address: '北山街、黎来街、陈国瓒街、梁文知街，祈驴市场周边',
				gettingThere:
					'位于市中心，从祈驴市场周边的酒店步行即可到达。沿线有5个停车场，总面积约3500平方米。'
			}
		}
	},
	{
		slug: 'ky-lua-market',
		category: 'market',
		lat: 21.856,
		lon: 106.7575,
		precisionM: ESTIMATED,
		ward: 'Kỳ Lừa',
		hours: null,
		feeVnd: 0,
		texts: {
			vi: {
				name: 'Chợ Kỳ Lừa và chợ đêm',
				summary:
					'Chợ có từ thế kỷ 17, nay là nơi ăn đêm sôi động nhất thành phố; phiên chợ truyền thống vào các ngày 2, 7, 12, 17, 22, 27 âm lịch.',
				description:
					'Chợ Kỳ Lừa do Thân Công Tài lập từ thế kỷ 17, được xây lại năm 1996 với diện tích khoảng 2.700 m², gồm khu A (180 gian) và khu B (156 gian). Phiên chợ truyền thống họp vào các ngày 2, 7, 12, 17, 22 và 27 âm lịch, khi người dân các xã quanh vùng mang hàng về bán. Khi trời tối, các quầy ăn quanh chợ thành chợ đêm, nơi thử vịt quay, phở chua và khâu nhục.',
				address: 'Trung tâm thành phố, đầu tuyến phố đi bộ',
				gettingThere: 'Ở trung tâm, cạnh phố đi bộ; đỗ xe ở các bãi quanh tuyến phố đi bộ.',
				hoursNote:
					'Chợ ban ngày họp hằng ngày; quầy ăn đêm mở từ chiều tối. Giờ chính xác của từng quầy khác nhau.'
			},
			en: {
				name: 'Kỳ Lừa market and night market',
				summary:
					'A market since the 17th century and now the liveliest place in town to eat at night; traditional market days fall on the 2nd, 7th, 12th, 17th, 22nd and 27th of each lunar month.',
				description:
					'Thân Công Tài founded Kỳ Lừa market in the 17th century. It was rebuilt in 1996 and covers about 2,700 m², with zone A (180 stalls) and zone B (156). The traditional market days fall on the 2nd, 7th, 12th, 17th, 22nd and 27th of the lunar month, when people from the surrounding communes come to trade. After dark the food stalls around it become the night market, the place to try roast duck, sour phở and khâu nhục.',
				address: 'City centre, at the head of the walking street',
				gettingThere:
					'In the centre, next to the walking street; park in the lots along the walking street.',
				hoursNote:
					'The day market trades every day; the night food stalls open in the evening. Each stall keeps its own hours.'
			},
			zh: {
				name: '祈驴市场与夜市',
				summary:
					'始建于17世纪的老市场，如今是城里最热闹的夜宵去处；传统集市日为农历每月初二、初七、十二、十七、二十二和二十七。',
				description:
					'祈驴市场由申公才于17世纪创建，1996年重建，面积约2700平方米，分A区（180个摊位）和B区（156个摊位）。传统集市日为农历每月初二、初七、十二、十七、二十二和二十七，周边乡村的村民都会来赶集。天黑后，市场周围的小吃摊变成夜市，可以品尝烤鸭、酸粉和扣肉。',
				address: '市中心，步行街起点',
				gettingThere: '位于市中心，紧邻步行街；可在步行街沿线停车场停车。',
				hoursNote: '日间市场每天营业；夜间小吃摊傍晚开始营业，各摊营业时间不一。'
			}
		}
	},
	{
		slug: 'tam-thanh-cave',
		category: 'heritage',
		lat: 21.85557,
		lon: 106.7468,
		precisionM: SOURCED,
		ward: 'Tam Thanh',
		hours: null,
		feeVnd: 20000,
		feeYear: 2024,
		texts: {
			vi: {
				name: 'Động và chùa Tam Thanh',
				summary:
					'Hang đá vôi với cửa động cao 8 m và chùa Tam Giáo dựng năm 1777, mở cửa hằng ngày; vé người lớn 20.000 đồng (2024).',
				description:
					'Động Tam Thanh nằm phía tây chợ Kỳ Lừa; lên 30 bậc đá là tới cửa động cao khoảng 8 m. Trong động có chùa Tam Giáo dựng năm 1777, thờ cả Phật, Lão và Khổng. Động cùng núi Tô Thị và thành nhà Mạc tạo thành một quần thể có thể đi bộ thăm trong nửa ngày. Lễ hội chùa Tam Thanh, Nhị Thanh diễn ra ngày 14–15 tháng Giêng.',
				address: 'Phía tây chợ Kỳ Lừa',
				gettingThere:
					'Khoảng 1 km từ chợ Kỳ Lừa: đi bộ chừng 15 phút hoặc taxi vài phút. Động Nhị Thanh, núi Tô Thị và thành nhà Mạc ở ngay gần.',
				hoursNote: 'Mở cửa hằng ngày; giờ mở cửa chưa được niêm yết ở đây.'
			},
			en: {
				name: 'Tam Thanh cave and pagoda',
				summary:
					'A limestone cave with an 8-metre-high mouth and the Tam Giáo pagoda built in 1777; open daily, adult ticket VND 20,000 (2024).',
				description:
					'Tam Thanh cave lies west of Kỳ Lừa market; thirty stone steps lead up to a mouth about 8 m high. Inside stands the Tam Giáo pagoda of 1777, honouring Buddhism, Taoism and Confucianism together. With Tô Thị peak and the Mạc citadel it forms a group you can visit on foot in half a day. The Tam Thanh and Nhị Thanh pagoda festival falls on the 14th–15th of the first lunar month.',
				address: 'West of Kỳ Lừa market',
				gettingThere:
					'About 1 km from Kỳ Lừa market: a 15-minute walk or a few minutes by taxi. Nhị Thanh cave, Tô Thị peak and the Mạc citadel are close by.',
				hoursNote: 'Open every day; the times are not listed here yet.'
			},
			zh: {
				name: '三清洞与三清寺',
				summary:
					'石灰岩溶洞，洞口高8米，洞内有建于1777年的三教寺；每日开放，成人票20,000越南盾（2024年）。',
				description:
					'三清洞位于祈驴市场以西，沿30级石阶而上便是高约8米的洞口。洞内有建于1777年的三教寺，同时供奉佛、道、儒三教。三清洞与苏氏望夫石、莫朝古城组成一个景区，步行半天即可游览。三清、二清寺庙会在农历正月十四至十五举行。',
				address: '祈驴市场以西',
				gettingThere:
					'距祈驴市场约1公里，步行约15分钟，乘出租车几分钟即到。二清洞、苏氏望夫石和莫朝古城都在附近。',
				hoursNote: '每日开放，具体时间暂未列出。'
			}
		}
	},
	{
		slug: 'nhi-thanh-cave',
		category: 'nature',
		lat: 21.8615,
		lon: 106.748,
		precisionM: ESTIMATED,
		ward: 'Tam Thanh',
		hours: null,
		feeVnd: null,
		texts: {
			vi: {
				name: 'Động Nhị Thanh',
				summary: 'Cách Tam Thanh khoảng 700 m, có suối Ngọc Tuyền chảy qua lòng động.',
				description:
					'Động Nhị Thanh cách động Tam Thanh khoảng 700 m. Suối Ngọc Tuyền chảy qua lòng động, tạo nên khung cảnh hang, nước và chùa hòa vào nhau. Nên kết hợp thăm cùng Tam Thanh trong một buổi.',
				address: 'Cách động Tam Thanh khoảng 700 m',
				gettingThere: 'Đi bộ từ động Tam Thanh khoảng 10 phút.'
			},
			en: {
				name: 'Nhị Thanh cave',
				summary: 'About 700 m from Tam Thanh, with the Ngọc Tuyền stream running through it.',
				description:
					'Nhị Thanh cave is about 700 m from Tam Thanh cave. The Ngọc Tuyền stream flows right through it, so cave, water and shrine meet in one place. It pairs naturally with Tam Thanh in a single outing.',
				address: 'About 700 m from Tam Thanh cave',
				gettingThere: 'About a 10-minute walk from Tam Thanh cave.'
			},
			zh: {
				name: '二清洞',
				summary: '距三清洞约700米，玉泉溪从洞中流过。',
				description:
					'二清洞距三清洞约700米，玉泉溪从洞中穿流而过，洞、水、庙融为一体。适合与三清洞安排在同一趟行程中游览。',
				address: '距三清洞约700米',
				gettingThere: '从三清洞步行约10分钟。'
			}
		}
	},
	{
		slug: 'to-thi-peak',
		category: 'nature',
		lat: 21.8545,
		lon: 106.7445,
		precisionM: ESTIMATED,
		ward: 'Tam Thanh',
		hours: ALWAYS,
		feeVnd: null,
		texts: {
			vi: {
				name: 'Núi Tô Thị (Vọng Phu)',
				summary:
					'Ngọn núi gắn với truyền thuyết nàng Tô Thị bồng con chờ chồng, trong quần thể Tam Thanh.',
				description:
					'Núi Tô Thị nằm trong quần thể Tam Thanh. Truyền thuyết kể về người vợ bồng con đứng trên núi chờ chồng đi lính trở về đến khi hóa đá, và hình ảnh “nàng Tô Thị” đã đi vào ca dao xứ Lạng. Từ chân núi có thể nhìn lên và ngắm cảnh thành phố.',
				address: 'Quần thể Tam Thanh',
				gettingThere: 'Từ động Tam Thanh đi bộ vài phút.'
			},
			en: {
				name: 'Tô Thị peak (Vọng Phu)',
				summary:
					'The hill of the legend of Tô Thị, the wife who waited for her husband until she turned to stone; part of the Tam Thanh complex.',
				description:
					'Tô Thị peak is part of the Tam Thanh complex. The legend tells of a wife who stood on the hill with her child, waiting for her soldier husband, until she turned to stone; "Lady Tô Thị" has lived in the folk songs of Lạng Sơn ever since. From the foot of the hill there are views over the city.',
				address: 'Tam Thanh complex',
				gettingThere: 'A few minutes on foot from Tam Thanh cave.'
			},
			zh: {
				name: '苏氏望夫石',
				summary: '三清景区内的山峰，流传着苏氏抱子盼夫、化而为石的传说。',
				description:
					'苏氏山位于三清景区内。传说一位妻子抱着孩子站在山上等待从军的丈夫归来，久而化为石头，“苏氏”的故事从此流传在谅山民歌中。从山脚可远眺城市风光。',
				address: '三清景区',
				gettingThere: '从三清洞步行几分钟。'
			}
		}
	},
	{
		slug: 'mac-citadel',
		category: 'heritage',
		lat: 21.8525,
		lon: 106.742,
		precisionM: ESTIMATED,
		ward: 'Tam Thanh',
		hours: ALWAYS,
		feeVnd: null,
		texts: {
			vi: {
				name: 'Thành nhà Mạc',
				summary:
					'Di tích thế kỷ 16, tường thành dài khoảng 300 m, dày 1 m, cách các động khoảng 500 m.',
				description:
					'Thành nhà Mạc được xây vào thế kỷ 16, khi nhà Mạc lui lên vùng biên giới phía bắc. Đoạn tường thành còn lại dài khoảng 300 m, dày khoảng 1 m, men theo sườn núi đá. Di tích nằm cách các động Tam Thanh, Nhị Thanh khoảng 500 m.',
				address: 'Cách động Tam Thanh khoảng 500 m',
				gettingThere: 'Đi bộ từ động Tam Thanh khoảng 10 phút; đường dốc, nên đi giày bệt.'
			},
			en: {
				name: 'Mạc dynasty citadel',
				summary:
					'A 16th-century relic whose walls run about 300 m and stand a metre thick, some 500 m from the caves.',
				description:
					'The citadel was built in the 16th century, when the Mạc dynasty withdrew to the northern border. The surviving walls run about 300 m along the rocky hillside and are about a metre thick. It lies some 500 m from the Tam Thanh and Nhị Thanh caves.',
				address: 'About 500 m from Tam Thanh cave',
				gettingThere:
					'About a 10-minute walk from Tam Thanh cave; the path is steep, so wear flat shoes.'
			},
			zh: {
				name: '莫朝古城',
				summary: '16世纪遗迹，城墙长约300米、厚1米，距山洞约500米。',
				description:
					'莫朝古城建于16世纪，当时莫朝退守北部边境。现存城墙沿石山山坡延伸约300米，厚约1米，距三清洞、二清洞约500米。',
				address: '距三清洞约500米',
				gettingThere: '从三清洞步行约10分钟；山路较陡，请穿平底鞋。'
			}
		}
	},
	{
		slug: 'ta-phu-temple',
		category: 'heritage',
		lat: 21.8555,
		lon: 106.7585,
		precisionM: ESTIMATED,
		ward: null,
		hours: null,
		feeVnd: null,
		texts: {
			vi: {
				name: 'Đền Tả Phủ',
				summary: 'Thờ Thân Công Tài, người lập ra chợ Kỳ Lừa.',
				description:
					'Đền Tả Phủ thờ Thân Công Tài, người lập chợ Kỳ Lừa từ thế kỷ 17. Đền gắn với lễ hội Kỳ Cùng – Tả Phủ, di sản văn hóa phi vật thể quốc gia, diễn ra từ 22 đến 27 tháng Giêng với lễ rước kiệu vào ngày 27.',
				address: 'Gần chợ Kỳ Lừa, trung tâm thành phố',
				gettingThere: 'Đi bộ vài phút từ chợ Kỳ Lừa.'
			},
			en: {
				name: 'Tả Phủ temple',
				summary: 'Dedicated to Thân Công Tài, who founded Kỳ Lừa market.',
				description:
					'Tả Phủ temple honours Thân Công Tài, who founded Kỳ Lừa market in the 17th century. It shares the Kỳ Cùng – Tả Phủ festival, listed as national intangible heritage, held from the 22nd to the 27th of the first lunar month with a procession on the 27th.',
				address: 'Near Kỳ Lừa market, city centre',
				gettingThere: 'A few minutes on foot from Kỳ Lừa market.'
			},
			zh: {
				name: '左府庙',
				summary: '供奉祈驴市场的创建者申公才。',
				description:
					'左府庙供奉17世纪创建祈驴市场的申公才。奇穷—左府庙会是国家级非物质文化遗产，于农历正月二十二至二十七举行，二十七日有抬轿巡游。',
				address: '祈驴市场附近，市中心',
				gettingThere: '从祈驴市场步行几分钟。'
			}
		}
	},
	{
		slug: 'ky-cung-temple',
		category: 'heritage',
		lat: 21.85,
		lon: 106.758,
		precisionM: ESTIMATED,
		ward: null,
		hours: null,
		feeVnd: null,
		texts: {
			vi: {
				name: 'Đền Kỳ Cùng và bến đá',
				summary:
					'Đền thế kỷ 18 bên bờ bắc sông Kỳ Cùng, đầu cầu Kỳ Cùng; di tích quốc gia từ năm 1993.',
				description:
					'Đền Kỳ Cùng dựng từ thế kỷ 18 ở bờ bắc sông Kỳ Cùng, ngay đầu cầu, bên bến đá cổ. Đền được công nhận di tích quốc gia năm 1993 và trùng tu năm 2018. Cùng đền Tả Phủ, đây là nơi diễn ra lễ hội Kỳ Cùng – Tả Phủ từ 22 đến 27 tháng Giêng.',
				address: 'Bờ bắc sông Kỳ Cùng, đầu cầu Kỳ Cùng',
				gettingThere: 'Khoảng 10 phút đi bộ từ chợ Kỳ Lừa về phía sông.'
			},
			en: {
				name: 'Kỳ Cùng temple and stone wharf',
				summary:
					'An 18th-century temple on the north bank of the Kỳ Cùng river by the bridge; a national relic since 1993.',
				description:
					'Kỳ Cùng temple was built in the 18th century on the north bank of the Kỳ Cùng river, at the head of the bridge beside an old stone wharf. It became a national relic in 1993 and was restored in 2018. Together with Tả Phủ temple it hosts the Kỳ Cùng – Tả Phủ festival from the 22nd to the 27th of the first lunar month.',
				address: 'North bank of the Kỳ Cùng river, at the Kỳ Cùng bridge',
				gettingThere: 'About 10 minutes on foot from Kỳ Lừa market towards the river.'
			},
			zh: {
				name: '奇穷庙与石码头',
				summary: '位于奇穷河北岸桥头的18世纪庙宇，1993年列为国家级遗迹。',
				description:
					'奇穷庙建于18世纪，位于奇穷河北岸桥头、古石码头旁。1993年被列为国家级遗迹，2018年重修。每年农历正月二十二至二十七，与左府庙一起举办奇穷—左府庙会。',
				address: '奇穷河北岸，奇穷桥头',
				gettingThere: '从祈驴市场向河边步行约10分钟。'
			}
		}
	},
	{
		slug: 'tien-pagoda',
		category: 'heritage',
		lat: 21.842,
		lon: 106.76,
		precisionM: ESTIMATED,
		ward: null,
		hours: null,
		feeVnd: null,
		texts: {
			vi: {
				name: 'Chùa Tiên – Giếng Tiên',
				summary: 'Chùa trong lòng núi Đại Tượng, lên 65 bậc đá; lễ hội vào ngày 18 tháng Giêng.',
				description:
					'Chùa Tiên nằm trong lòng núi Đại Tượng, trên đường đi Mai Pha, được lập từ thế kỷ 15. Du khách lên 65 bậc đá để vào chùa; dưới chân núi là Giếng Tiên. Lễ hội chùa Tiên ngày 18 tháng Giêng năm 2024 đón hơn 17.000 người.',
				address: 'Núi Đại Tượng, trên đường đi Mai Pha',
				gettingThere: 'Gần trung tâm, về phía nam; taxi hoặc xe máy vài phút.'
			},
			en: {
				name: 'Tiên pagoda and Tiên well',
				summary:
					'A pagoda inside Đại Tượng mountain, up 65 stone steps; its festival falls on the 18th of the first lunar month.',
				description:
					'Tiên pagoda sits inside Đại Tượng mountain on the road to Mai Pha and was founded in the 15th century. Sixty-five stone steps lead up to it, and the Tiên well lies at the foot of the mountain. Its festival on the 18th of the first lunar month drew more than 17,000 people in 2024.',
				address: 'Đại Tượng mountain, on the road to Mai Pha',
				gettingThere: 'Just south of the centre; a few minutes by taxi or motorbike.'
			},
			zh: {
				name: '仙寺与仙井',
				summary: '位于大象山中的寺庙，需登65级石阶；庙会在农历正月十八。',
				description:
					'仙寺位于通往梅坡方向的大象山中，始建于15世纪。沿65级石阶而上即到寺内，山脚下有仙井。2024年农历正月十八的庙会吸引了超过17000人。',
				address: '大象山，通往梅坡的路上',
				gettingThere: '位于市中心南侧，乘出租车或摩托车几分钟。'
			}
		}
	},
	{
		slug: 'phai-ve-flag-tower',
		category: 'heritage',
		lat: 21.8475,
		lon: 106.764,
		precisionM: ESTIMATED,
		ward: 'Đông Kinh',
		hours: null,
		feeVnd: null,
		texts: {
			vi: {
				name: 'Cột cờ Phai Vệ',
				summary: 'Đối diện chợ Đông Kinh; leo 535 bậc để ngắm toàn cảnh thành phố.',
				description:
					'Cột cờ Phai Vệ đứng trên đỉnh đồi đối diện chợ Đông Kinh. Leo 535 bậc lên tới chân cột cờ là thấy toàn cảnh thành phố, sông Kỳ Cùng và dãy núi bao quanh. Nên đi vào sáng sớm hoặc chiều muộn cho mát.',
				address: 'Đối diện chợ Đông Kinh',
				gettingThere: 'Khoảng 1 km từ chợ Kỳ Lừa qua sông; đi bộ hoặc taxi tới chợ Đông Kinh.'
			},
			en: {
				name: 'Phai Vệ flag tower',
				summary: 'Across from Đông Kinh market; climb 535 steps for a view over the whole city.',
				description:
					'The Phai Vệ flag tower stands on the hilltop across from Đông Kinh market. Climb the 535 steps to its foot for a panorama of the city, the Kỳ Cùng river and the ring of mountains. Go early in the morning or late in the afternoon, when it is cooler.',
				address: 'Across from Đông Kinh market',
				gettingThere:
					'About 1 km from Kỳ Lừa market across the river; walk or take a taxi to Đông Kinh market.'
			},
			zh: {
				name: '派卫旗台',
				summary: '位于Đông Kinh市场对面，登上535级台阶可俯瞰全城。',
				description:
					'派卫旗台位于Đông Kinh市场对面的山顶上。登上535级台阶到达旗杆脚下，可以俯瞰整个城市、奇穷河和四周群山。建议清晨或傍晚前往，比较凉爽。',
				address: 'Đông Kinh市场对面',
				gettingThere: '从祈驴市场过河约1公里，可步行或乘出租车到Đông Kinh市场。'
			}
		}
	},
	{
		slug: 'chi-lang-park',
		category: 'park',
		lat: 21.844,
		lon: 106.761,
		precisionM: ESTIMATED,
		ward: null,
		hours: ALWAYS,
		feeVnd: 0,
		texts: {
			vi: {
				name: 'Công viên Chi Lăng – phố Hùng Vương',
				summary: 'Nơi tổ chức lễ hội hoa đào và con đường hoa mùa xuân.',
				description:
					'Công viên Chi Lăng và phố Hùng Vương là nơi diễn ra Lễ hội Hoa Đào Xứ Lạng và con đường hoa mỗi mùa xuân. Năm 2026 lễ hội kéo dài từ 1/1 đến 16/3, khai mạc tối 7/2. Ngoài mùa hội, đây là nơi người dân đi dạo, tập thể dục buổi sáng và buổi tối.',
				address: 'Phố Hùng Vương, trung tâm thành phố',
				gettingThere: 'Khoảng 1,5 km từ chợ Kỳ Lừa qua cầu Kỳ Cùng; đi bộ hoặc taxi.'
			},
			en: {
				name: 'Chi Lăng park and Hùng Vương street',
				summary: 'Home of the peach blossom festival and the spring flower road.',
				description:
					'Chi Lăng park and Hùng Vương street host the Lạng Sơn Peach Blossom Festival and the flower road each spring. In 2026 the festival ran from 1 January to 16 March, with the opening night on 7 February. Outside the festival it is where people stroll and exercise in the mornings and evenings.',
				address: 'Hùng Vương street, city centre',
				gettingThere:
					'About 1.5 km from Kỳ Lừa market across the Kỳ Cùng bridge; walk or take a taxi.'
			},
			zh: {
				name: '支棱公园与雄王街',
				summary: '桃花节和春季花街的举办地。',
				description:
					'支棱公园和雄王街每年春天举办谅山桃花节和花街。2026年桃花节从1月1日持续到3月16日，开幕夜为2月7日。节日之外，这里是市民早晚散步和锻炼的地方。',
				address: '雄王街，市中心',
				gettingThere: '从祈驴市场过奇穷桥约1.5公里，可步行或乘出租车。'
			}
		}
	},
	{
		slug: 'mau-son',
		category: 'mountain',
		lat: 21.877111,
		lon: 107.004261,
		precisionM: SOURCED,
		ward: null,
		hours: ALWAYS,
		feeVnd: null,
		texts: {
			vi: {
				name: 'Núi Mẫu Sơn',
				summary:
					'Cách thành phố khoảng 30 km về phía đông; đỉnh Phia Pò cao 1.541 m, nhiệt độ trung bình 15,5 °C, có mùa đông có tuyết.',
				description:
					'Mẫu Sơn là dãy núi cao nhất quanh thành phố, đỉnh Phia Pò cao 1.541 m. Nhiệt độ trung bình chỉ khoảng 15,5 °C, mùa đông có năm có băng tuyết, còn từ tháng Tư đến tháng Sáu là mùa leo núi. Đặc sản là rượu Mẫu Sơn, chè Shan tuyết và đào chuông.',
				address: 'Khu du lịch Mẫu Sơn, cách trung tâm khoảng 30 km về phía đông',
				gettingThere:
					'Ô tô hoặc xe máy khoảng một giờ; đoạn cuối là đường đèo nhiều khúc cua. Xem trang Mẫu Sơn để biết chi tiết.'
			},
			en: {
				name: 'Mẫu Sơn mountain',
				summary:
					'About 30 km east of the city; Phia Pò peak rises to 1,541 m, the average temperature is 15.5 °C and some winters bring snow.',
				description:
					'Mẫu Sơn is the highest range around the city, topped by Phia Pò peak at 1,541 m. The average temperature is only about 15.5 °C; some winters bring ice and snow, and April to June is the trekking season. Look out for Mẫu Sơn rice wine, Shan tuyết tea and the local bell peach.',
				address: 'Mẫu Sơn resort, about 30 km east of the centre',
				gettingThere:
					'About an hour by car or motorbike; the last stretch is a winding mountain road. See the Mẫu Sơn page for details.'
			},
			zh: {
				name: '母山',
				summary: '位于市区以东约30公里；主峰Phia Pò海拔1541米，年均气温15.5°C，部分年份冬季下雪。',
				description:
					'母山是城市周边最高的山脉，主峰Phia Pò海拔1541米。年均气温仅约15.5°C，部分年份冬季结冰下雪，4月至6月是徒步季节。特产有母山米酒、雪山茶和钟形桃花。',
				address: '母山旅游区，距市中心以东约30公里',
				gettingThere: '自驾或骑摩托车约一小时，最后一段为弯道较多的山路。详情见母山页面。'
			}
		}
	},
	{
		slug: 'dong-dang',
		category: 'border',
		lat: 21.94583,
		lon: 106.69667,
		precisionM: SOURCED,
		ward: null,
		hours: ALWAYS,
		feeVnd: 0,
		texts: {
			vi: {
				name: 'Đồng Đăng',
				summary:
					'Thị trấn biên giới cách 14 km về phía bắc, có đền Mẫu Đồng Đăng và ga đường sắt quốc tế.',
				description:
					'Đồng Đăng là thị trấn biên giới cách thành phố 14 km về phía bắc, nổi tiếng với đền Mẫu Đồng Đăng, nơi có lễ hội ngày 10 tháng Giêng. Ga Đồng Đăng là ga liên vận quốc tế trên tuyến đường sắt Hà Nội – Trung Quốc.',
				address: 'Đồng Đăng, 14 km phía bắc trung tâm',
				gettingThere: 'Theo Quốc lộ 1A về phía bắc khoảng 20–30 phút bằng ô tô hoặc xe máy.'
			},
			en: {
				name: 'Đồng Đăng',
				summary:
					'A border town 14 km to the north, with the Mother Goddess temple and an international railway station.',
				description:
					'Đồng Đăng is a border town 14 km north of the city, known for its Mother Goddess temple, whose festival falls on the 10th of the first lunar month. Đồng Đăng station is the international rail gateway on the line from Hà Nội into China.',
				address: 'Đồng Đăng, 14 km north of the centre',
				gettingThere: 'North on National Road 1A, about 20–30 minutes by car or motorbike.'
			},
			zh: {
				name: '同登',
				summary: '北面14公里的边境小镇，有同登圣母庙和国际铁路车站。',
				description:
					'同登是位于市区以北14公里的边境小镇，以同登圣母庙闻名，庙会在农历正月初十。同登站是河内至中国铁路线上的国际联运车站。',
				address: '同登，市中心以北14公里',
				gettingThere: '沿1A国道向北，自驾或骑摩托车约20至30分钟。'
			}
		}
	},
	{
		slug: 'huu-nghi-border-gate',
		category: 'border',
		lat: 21.97,
		lon: 106.71,
		precisionM: ESTIMATED,
		ward: null,
		hours: null,
		feeVnd: null,
		texts: {
			vi: {
				name: 'Cửa khẩu quốc tế Hữu Nghị',
				summary: 'Cách Đồng Đăng khoảng 3 km, điểm km 0 của Quốc lộ 1A.',
				description:
					'Cửa khẩu quốc tế Hữu Nghị nằm cách Đồng Đăng khoảng 3 km về phía bắc, tại km 0 của Quốc lộ 1A. Hữu Nghị Quan ở ngay bên kia biên giới, phía Trung Quốc. Qua cửa khẩu cần hộ chiếu và thị thực hoặc giấy tờ hợp lệ.',
				address: 'Km 0 Quốc lộ 1A, cách Đồng Đăng khoảng 3 km',
				gettingThere: 'Khoảng 30 phút từ trung tâm theo Quốc lộ 1A.',
				hoursNote: 'Giờ làm thủ tục do cơ quan cửa khẩu quy định; hãy kiểm tra trước khi đi.'
			},
			en: {
				name: 'Hữu Nghị international border gate',
				summary: 'About 3 km beyond Đồng Đăng, at kilometre zero of National Road 1A.',
				description:
					'The Hữu Nghị international border gate lies about 3 km north of Đồng Đăng at kilometre zero of National Road 1A. The Friendship Pass itself stands just across the border, on the Chinese side. Crossing needs a passport and a visa or other valid papers.',
				address: 'Km 0 of National Road 1A, about 3 km from Đồng Đăng',
				gettingThere: 'About 30 minutes from the centre on National Road 1A.',
				hoursNote: 'Crossing hours are set by the border authorities; check before you go.'
			},
			zh: {
				name: '友谊国际口岸',
				summary: '距同登约3公里，位于1A国道零公里处。',
				description:
					'友谊国际口岸位于同登以北约3公里、1A国道零公里处。友谊关就在边境线另一侧的中国境内。过境需持护照及签证或其他有效证件。',
				address: '1A国道零公里处，距同登约3公里',
				gettingThere: '从市中心沿1A国道约30分钟。',
				hoursNote: '通关时间由口岸部门规定，出行前请先确认。'
			}
		}
	},
	{
		slug: 'chi-lang-pass',
		category: 'heritage',
		lat: 21.62,
		lon: 106.55,
		precisionM: 5000,
		ward: null,
		hours: ALWAYS,
		feeVnd: null,
		texts: {
			vi: {
				name: 'Ải Chi Lăng',
				summary:
					'Thung lũng dài khoảng 20 km trên Quốc lộ 1A, nơi diễn ra chiến thắng năm 1427; di tích quốc gia đặc biệt.',
				description:
					'Ải Chi Lăng là thung lũng hẹp dài khoảng 20 km giữa hai dãy núi, từ km 100 đến km 115 Quốc lộ 1A. Năm 1427, nghĩa quân Lam Sơn đánh thắng quân Minh tại đây. Khu di tích là di tích quốc gia đặc biệt. Từ tháng Bảy đến tháng Chín, dọc đường bày bán na Chi Lăng.',
				address: 'Quốc lộ 1A, km 100–115, phía nam thành phố',
				gettingThere:
					'Khoảng một giờ về phía nam theo Quốc lộ 1A, có thể ghé trên đường từ Hà Nội lên.'
			},
			en: {
				name: 'Chi Lăng pass',
				summary:
					'A valley of some 20 km on National Road 1A where the victory of 1427 was won; a special national relic.',
				description:
					'Chi Lăng pass is a narrow valley about 20 km long between two mountain ranges, from km 100 to km 115 of National Road 1A. In 1427 the Lam Sơn army defeated the Ming here. The site is a special national relic. From July to September the roadside stalls sell Chi Lăng custard apples.',
				address: 'National Road 1A, km 100–115, south of the city',
				gettingThere:
					'About an hour south on National Road 1A; an easy stop on the way up from Hà Nội.'
			},
			zh: {
				name: '支棱关',
				summary: '1A国道上约20公里长的山谷，1427年大捷的发生地，国家特别级遗迹。',
				description:
					'支棱关是两列山脉之间约20公里长的狭长山谷，位于1A国道第100至115公里处。1427年，蓝山起义军在此大败明军。遗址为国家特别级遗迹。每年7月至9月，路边有支棱番荔枝出售。',
				address: '1A国道第100至115公里，市区以南',
				gettingThere: '沿1A国道向南约一小时，从河内上来的途中可顺路停留。'
			}
		}
	}
];
