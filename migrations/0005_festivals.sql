-- The traditional festivals of Lạng Sơn (dates from the provincial culture department's calendar)
-- and the 2026 peach blossom festival. Reference facts, not demo content: every deployment has them.
INSERT INTO festival (slug, calendar, lunar_month, lunar_day_start, lunar_day_end, place_slug,
	name_vi, name_en, name_zh, summary_vi, summary_en, summary_zh)
VALUES
	('long-tong-quang-lac', 'lunar', 1, 5, 5, NULL,
		'Lễ hội Lồng Tồng Quảng Lạc', 'Lồng Tồng festival, Quảng Lạc', '广乐下田节',
		'Lễ xuống đồng đầu năm ở đình Pác Moòng, cầu mùa màng tốt tươi.',
		'The new year''s going-to-the-fields festival at Pác Moòng communal house, praying for a good harvest.',
		'在Pác Moòng亭举行的新年下田节，祈求五谷丰登。'),
	('dong-dang-mother-goddess', 'lunar', 1, 10, 10, 'dong-dang',
		'Lễ hội đền Mẫu Đồng Đăng', 'Đồng Đăng Mother Goddess temple festival', '同登圣母庙会',
		'Lễ hội lớn đầu xuân của thị trấn biên giới Đồng Đăng.',
		'The great spring festival of the border town of Đồng Đăng.',
		'边境小镇同登的新春盛会。'),
	('tam-thanh-nhi-thanh', 'lunar', 1, 14, 15, 'tam-thanh-cave',
		'Lễ hội chùa Tam Thanh, Nhị Thanh', 'Tam Thanh and Nhị Thanh pagoda festival', '三清、二清寺庙会',
		'Rằm tháng Giêng ở hai ngôi chùa trong động.',
		'The full moon of the first lunar month at the two cave pagodas.',
		'正月十五在两座洞中寺庙举行。'),
	('tien-pagoda', 'lunar', 1, 18, 18, 'tien-pagoda',
		'Lễ hội chùa Tiên', 'Tiên pagoda festival', '仙寺庙会',
		'Năm 2024 lễ hội đón hơn 17.000 người.',
		'More than 17,000 people came in 2024.',
		'2024年有超过17000人参加。'),
	('ky-cung-ta-phu', 'lunar', 1, 22, 27, 'ky-cung-temple',
		'Lễ hội đền Kỳ Cùng – Tả Phủ', 'Kỳ Cùng – Tả Phủ temple festival', '奇穷—左府庙会',
		'Di sản văn hóa phi vật thể quốc gia; lễ rước kiệu ngày 27 tháng Giêng.',
		'National intangible heritage; the procession is on the 27th of the first lunar month.',
		'国家级非物质文化遗产；正月二十七日举行抬轿巡游。'),
	('bac-le-temple', 'lunar', 9, 18, 20, NULL,
		'Lễ hội đền Bắc Lệ', 'Bắc Lệ temple festival', '北丽庙会',
		'Ở huyện Hữu Lũng, phía nam tỉnh.',
		'In Hữu Lũng, in the far south of the province.',
		'位于省南部的友陇县。');

INSERT INTO festival (slug, calendar, start_date, end_date, place_slug, name_vi, name_en, name_zh,
	summary_vi, summary_en, summary_zh)
VALUES ('peach-festival-2026', 'solar', '2026-01-01', '2026-03-16',
	'chi-lang-park',
	'Lễ hội Hoa Đào Xứ Lạng 2026', 'Lạng Sơn Peach Blossom Festival 2026', '2026谅山桃花节',
	'Ở công viên Chi Lăng và phố Hùng Vương; khai mạc tối 7/2/2026.',
	'In Chi Lăng park and on Hùng Vương street; opening night 7 February 2026.',
	'在支棱公园和雄王街举行；2026年2月7日晚开幕。');
