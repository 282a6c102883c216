// demo/: the texts a new database starts with. Facts from shared/data/langson-facts.md, every
// sentence written by the team; from here on the department edits them in the admin pages.
import type { Locale } from '$lib/i18n/locales';

/** Guide pages in Markdown, per page and language. `{booking_days}` is filled in when shown. */
export const STARTER_PAGES: Record<string, Record<Locale, string>> = {
	'mau-son': {
		vi: '## Đường lên Mẫu Sơn\n\nMẫu Sơn cách trung tâm thành phố khoảng 30 km về phía đông. Đi ô tô, taxi hoặc xe máy theo hướng Lộc Bình rồi rẽ vào đường lên núi; đoạn cuối là đường đèo hẹp, nhiều khúc cua gấp, mất khoảng một giờ cho cả chặng.\n\nKhông có xe buýt thường xuyên lên đỉnh: hãy thuê xe hoặc đặt tour trong thành phố. Đổ đầy xăng và lái chậm khi có sương mù.\n\n## Độ cao và khí hậu\n\nĐỉnh cao nhất là Phia Pò, 1.541 m. Nhiệt độ trung bình năm chỉ khoảng 15,5 °C, lạnh hơn thành phố nhiều độ; mùa đông có năm có băng giá và tuyết rơi, và khi đó đường lên núi rất đông.\n\n## Đi mùa nào\n\n- Tháng Tư – tháng Sáu: mùa leo núi, trời trong, hoa rừng nở.\n- Tháng Bảy – tháng Chín: tránh nóng, nhưng hay có mưa và mây mù.\n- Tháng Mười hai – tháng Hai: rét đậm, có năm có băng tuyết; cũng là mùa đào chuông Mẫu Sơn.\n\n## Leo núi\n\nCác đường mòn lên đỉnh Phia Pò đi qua rừng và bản người Dao. Nên đi cùng người dẫn đường địa phương, xuất phát sớm và xuống núi trước khi trời tối.\n\n## Mang theo gì\n\n- Áo ấm và áo gió, kể cả mùa hè: trên núi tối rất lạnh.\n- Áo mưa và giày có độ bám tốt.\n- Tiền mặt: trên núi ít nơi nhận thẻ.\n- Đèn pin và sạc dự phòng.\n\n## Thưởng thức\n\nRượu Mẫu Sơn, chè Shan tuyết, đào chuông và đào bạch là đặc sản của vùng núi này.\n\n## Vườn đào quanh thành phố\n\nQuanh Tết, hãy ghé các vườn đào ở Quảng Lạc (khoảng 40 ha), Nà Sèn, Phai Luông và hợp tác xã Bản Cao, nơi trồng đào bạch và đào chuông Mẫu Sơn, hai giống đào đặc sản của xứ Lạng.',
		en: '## Getting up the mountain\n\nMẫu Sơn is about 30 km east of the city centre. Go by car, taxi or motorbike towards Lộc Bình, then turn onto the mountain road; the last stretch is a narrow pass with hairpin bends, and the whole trip takes about an hour.\n\nNo regular bus goes to the top: hire a car or book a tour in the city. Fill the tank before you go and drive slowly in fog.\n\n## Altitude and climate\n\nThe highest peak, Phia Pò, reaches 1,541 m. The average temperature is only about 15.5 °C, many degrees colder than the city; some winters bring frost and snow, and the road up is then very busy.\n\n## When to go\n\n- April – June: trekking season, clear skies and forest flowers.\n- July – September: cool relief from the summer heat, but often rain and cloud.\n- December – February: hard cold and, some years, frost and snow; also the season of the Mẫu Sơn bell peach.\n\n## Trekking\n\nTrails to Phia Pò peak pass through forest and Dao villages. Go with a local guide, set off early and come down before dark.\n\n## What to bring\n\n- Warm layers and a windproof jacket, even in summer: nights on the mountain are cold.\n- A rain jacket and shoes with good grip.\n- Cash: few places on the mountain take cards.\n- A torch and a power bank.\n\n## To taste\n\nMẫu Sơn rice wine, Shan tuyết tea, the bell peach and the white peach are the mountain’s specialities.\n\n## Peach gardens around the city\n\nAround Tết, visit the peach gardens of Quảng Lạc (about 40 ha), Nà Sèn, Phai Luông and the Bản Cao co-operative, which grow the white peach and the Mẫu Sơn bell peach, two local specialities of Lạng Sơn.',
		zh: '## 上山交通\n\n母山位于市中心以东约30公里。可自驾、乘出租车或骑摩托车往禄平方向，再转入上山公路；最后一段是狭窄的盘山路，急弯很多，全程约一小时。\n\n没有定时班车直达山顶，请在市内包车或参加旅行团。出发前加满油，遇雾请慢行。\n\n## 海拔与气候\n\n最高峰Phia Pò海拔1541米。年均气温仅约15.5°C，比市区低好几度；部分年份冬季会结冰下雪，届时上山的路非常拥挤。\n\n## 最佳季节\n\n- 4月至6月：徒步季，天空晴朗，山花盛开。\n- 7月至9月：避暑好去处，但常有雨雾。\n- 12月至次年2月：严寒，部分年份结冰下雪；也是母山钟形桃花盛开的季节。\n\n## 徒步\n\n通往Phia Pò峰的小路穿过森林和瑶族村寨。建议请当地向导同行，早出发，天黑前下山。\n\n## 携带物品\n\n- 保暖衣物和防风外套，夏天也需要：山上夜晚很冷。\n- 雨衣和防滑鞋。\n- 现金：山上很少有地方可以刷卡。\n- 手电筒和充电宝。\n\n## 特产\n\n母山米酒、雪山茶、钟形桃花和白桃花是这里的特产。\n\n## 城市周边的桃园\n\n春节前后，可以去广乐（约40公顷）、那森、派隆和板高合作社的桃园看看，那里种植白桃花和母山钟形桃花，都是谅山的特色品种。'
	},
	'getting-there': {
		vi: '## Xe khách từ Hà Nội\n\nXe khách chạy cả ngày từ các bến Mỹ Đình, Giáp Bát và Gia Lâm, khoảng ba giờ, giá vé khoảng 120.000–180.000 đồng. Xe vào bến xe của thành phố, nhiều nhà xe trả khách ở trung tâm.\n\n## Xe limousine\n\nXe limousine 9–11 chỗ đón trả tận nơi ở Hà Nội và Lạng Sơn, giá khoảng 250.000–350.000 đồng một người. Nên đặt trước, nhất là dịp Tết và mùa lễ hội.\n\n## Ô tô\n\nKhoảng 160 km, chừng ba giờ theo cao tốc Hà Nội – Bắc Giang rồi cao tốc Bắc Giang – Lạng Sơn. Cao tốc thu phí; các cung đường lên Mẫu Sơn và ra cửa khẩu cần lái cẩn thận.\n\n## Đường sắt\n\nGa Đồng Đăng, 14 km phía bắc thành phố, là ga liên vận quốc tế trên tuyến Hà Nội – Đồng Đăng nối sang Trung Quốc.\n\n## Từ Trung Quốc qua cửa khẩu Hữu Nghị\n\nBên kia cửa khẩu là Hữu Nghị Quan (友谊关) của thành phố Bằng Tường (凭祥市), Quảng Tây; Nam Ninh là thành phố lớn gần nhất phía Trung Quốc. Từ ngày 15/8/2023, Hữu Nghị là một trong các cửa khẩu đường bộ cho người nước ngoài nhập cảnh và xuất cảnh bằng thị thực điện tử (e-visa); công dân mọi quốc gia đều xin được e-visa Việt Nam.\n\nQua cửa khẩu là thị trấn Đồng Đăng, khoảng 3 km về phía nam, rồi đến trung tâm thành phố, khoảng 14 km nữa, bằng taxi hoặc xe khách. Giờ mở cửa của lối khách qua cửa khẩu chưa được Sở đăng ở đây: hãy kiểm tra trước khi đi.\n\n## Đi lại trong thành phố\n\nTrung tâm nhỏ, đi bộ được giữa chợ Kỳ Lừa, phố đi bộ và động Tam Thanh. Taxi và xe ôm công nghệ có sẵn cho các điểm xa hơn.',
		en: '## From China through the Hữu Nghị border gate\n\nAcross the gate is Youyiguan (友谊关) in Pingxiang (凭祥市), Guangxi; Nanning is the nearest large city on the Chinese side. Since 15 August 2023 Hữu Nghị has been one of the land border gates where foreigners may enter and leave Vietnam on an e-visa, which citizens of every country can apply for.\n\nOn the Vietnamese side the road leads to Đồng Đăng, about 3 km south of the gate, and on to the city centre, about 14 km further, by taxi or coach. The opening hours of the passenger crossing are not listed here yet: check them before you travel.\n\n## By coach from Hà Nội\n\nCoaches run all day from Mỹ Đình, Giáp Bát and Gia Lâm bus stations, take about three hours and cost about VND 120,000–180,000. They arrive at the city’s bus station, and many drop passengers in the centre.\n\n## By limousine van\n\nLimousine vans with 9 to 11 seats pick up and drop off at your door in Hà Nội and Lạng Sơn for about VND 250,000–350,000 a person. Book ahead, above all at Tết and in festival season.\n\n## By car\n\nAbout 160 km, roughly three hours on the Hà Nội – Bắc Giang and Bắc Giang – Lạng Sơn expressways. The expressways are tolled; the roads up Mẫu Sơn and out to the border need careful driving.\n\n## By rail\n\nĐồng Đăng station, 14 km north of the city, is an international rail gateway on the Hà Nội – Đồng Đăng line that continues into China.\n\n## Getting around\n\nThe centre is small: walk between Kỳ Lừa market, the walking street and Tam Thanh cave. Taxis and ride-hailing motorbikes cover the places further out.',
		zh: '## 从中国经友谊关口岸入境\n\n口岸对面是广西凭祥市的友谊关；中国一侧最近的大城市是南宁。自2023年8月15日起，友谊（Hữu Nghị）口岸是外国人可持越南电子签证（e-visa）出入境的陆路口岸之一，所有国家的公民均可申请越南电子签证。\n\n入境后向南约3公里是同登镇，再往前约14公里到谅山市中心，可乘出租车或长途汽车。口岸旅客通道的开放时间尚未在此列出，出行前请先确认。\n\n## 从河内乘长途汽车\n\n美亭、甲八和嘉林车站全天都有长途汽车发车，车程约三小时，票价约120,000至180,000越南盾。车辆停靠市汽车站，许多车也在市中心下客。\n\n## 乘豪华商务车\n\n9至11座的豪华商务车在河内和谅山上门接送，每人约250,000至350,000越南盾。春节和庙会季节请提前预订。\n\n## 自驾\n\n全程约160公里，经河内—北江高速和北江—谅山高速约三小时。高速公路收费；上母山和去口岸的道路需谨慎驾驶。\n\n## 铁路\n\n同登站位于市区以北14公里，是河内—同登铁路上的国际联运车站，线路继续通往中国。\n\n## 市内交通\n\n市中心不大，祈驴市场、步行街和三清洞之间步行即可。更远的地方可乘出租车或网约摩托车。'
	},
	food: {
		vi: 'Những món người ta tìm đến Lạng Sơn để ăn: món gì, và ăn ở đâu trong thành phố.',
		en: 'The dishes people come to Lạng Sơn for, what they are and where in the city to find them.',
		zh: '人们专程来谅山品尝的美食：是什么，在城里哪里吃。'
	},
	night: {
		vi: 'Tối cuối tuần, trung tâm thành phố thuộc về phố đi bộ Kỳ Lừa và chợ đêm: món ăn đường phố, âm nhạc và cả thành phố dạo chơi.\n\n## Thời gian\n\nTối thứ Sáu và thứ Bảy hằng tuần, từ 18:00 đến 24:00 (giờ Việt Nam). Các tuyến phố cấm xe trong buổi tối.\n\n## Địa điểm\n\nKhoảng 1,3 km trên các phố Bắc Sơn, Lê Lai, Trần Quốc Toản, Lương Văn Tri và quanh chợ Kỳ Lừa, ngay trung tâm thành phố.\n\n## Chợ đêm\n\nKhi chợ ngày tan, các quầy quanh chợ Kỳ Lừa nổi lửa. Đây là nơi người Lạng Sơn đi ăn vịt quay, phở chua hay bát phở vịt khuya, tối nào cũng có chứ không chỉ cuối tuần.\n\n## Gửi xe\n\nNăm bãi đỗ xe với tổng diện tích khoảng 3.500 m² phục vụ phố đi bộ. Tối đông người, hãy đi bộ từ khách sạn: trung tâm thành phố không rộng.',
		en: 'Weekend nights in the centre belong to the Kỳ Lừa walking street and the night market: street food, music and the city out for a stroll.\n\n## When\n\nEvery Friday and Saturday, 18:00 to 24:00 (Vietnam time). The streets close to traffic for the evening.\n\n## Where\n\nAbout 1.3 km along Bắc Sơn, Lê Lai, Trần Quốc Toản and Lương Văn Tri streets and around Kỳ Lừa market, in the heart of the city.\n\n## The night market\n\nWhen the day market closes, the stalls around Kỳ Lừa market turn to cooking. This is where people from Lạng Sơn go for roast duck, sour phở and a late bowl of duck noodle soup, every night of the week, not only at weekends.\n\n## Parking\n\nFive parking lots with about 3,500 m² of space serve the walking street. On busy nights, walk in from your hotel: the centre is small.',
		zh: '周末的夜晚，市中心属于祈驴步行街和夜市：街头小吃、音乐，全城的人都出来散步。\n\n## 时间\n\n每周五、周六18:00至24:00（越南时间），街道在晚间禁止车辆通行。\n\n## 地点\n\n位于市中心，沿北山街、黎来街、陈国瓒街、梁文知街及祈驴市场周边，全长约1.3公里。\n\n## 夜市\n\n日间市场收摊后，祈驴市场周边的摊位便开始生火做饭。当地人来这里吃烤鸭、酸粉，或来一碗深夜鸭肉粉，每晚都有，不只是周末。\n\n## 停车\n\n步行街周边有5个停车场，总面积约3500平方米。人多的晚上建议从酒店步行前往，市中心并不大。'
	},
	privacy: {
		vi: '## Tóm tắt\n\nDu khách dùng cổng thông tin mà không cần tài khoản và không bị theo dõi: chúng tôi không dùng cookie quảng cáo hay công cụ theo dõi của bên thứ ba. Chúng tôi chỉ lưu dữ liệu cá nhân khi cần cho một việc cụ thể, và xóa khi không còn cần. Việc xử lý dữ liệu cá nhân tuân theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định 356/2025/NĐ-CP.\n\n## Chúng tôi lưu gì, để làm gì, trong bao lâu\n\n- Tài khoản doanh nghiệp: e-mail, tên, loại hình, điện thoại, địa chỉ, phường và vị trí trên bản đồ (nếu có), để xác minh doanh nghiệp và đăng nội dung của doanh nghiệp. Lưu khi tài khoản còn hoạt động. Mật khẩu không bao giờ được lưu, chỉ lưu giá trị băm argon2id.\n- Phiên đăng nhập: một mã ngẫu nhiên trong cookie để giữ trạng thái đăng nhập; phía máy chủ chỉ lưu giá trị băm của mã. Phiên của doanh nghiệp hết hạn sau tối đa 30 ngày, của cán bộ Sở sau 30 phút không hoạt động và tối đa 12 giờ.\n- Nhật ký an ninh: các lần đăng nhập, đăng nhập thất bại và mọi thao tác quản trị, kèm thời gian và địa chỉ IP. Địa chỉ IP bị xóa sau 90 ngày; nội dung nhật ký được giữ để đảm bảo trách nhiệm giải trình. Đây là nơi duy nhất lưu địa chỉ IP.\n- Đặt chỗ sự kiện: tên và số điện thoại hoặc e-mail bạn cung cấp, số người, và việc bạn có đồng ý nhận tin của đơn vị tổ chức hay không (mặc định là không), để đơn vị tổ chức đón tiếp bạn và báo cho bạn nếu sự kiện bị hủy. Đơn vị tổ chức sự kiện xem được các thông tin này. Tên và thông tin liên hệ bị xóa {booking_days} ngày sau khi sự kiện kết thúc; chỉ còn lại số người đã đặt để thống kê.\n- Đếm lượt truy cập: không dùng cookie và không lưu địa chỉ IP hay thông tin trình duyệt. Để đếm số người truy cập mỗi ngày, máy chủ tính một mã băm từ địa chỉ IP, trình duyệt và một khóa ngẫu nhiên chỉ nằm trong bộ nhớ và được thay mới lúc nửa đêm, nên không thể nối các ngày với nhau. Chỉ lưu số lượt xem mỗi ngày theo trang, theo ngôn ngữ, theo ngôn ngữ của trình duyệt, theo loại thiết bị (điện thoại, máy tính bảng, máy tính) và theo tên miền của trang dẫn tới; trang dẫn tới hoặc ngôn ngữ xuất hiện dưới ba lần một ngày chỉ được lưu là “khác”.\n- Cookie ngôn ngữ: ghi nhớ ngôn ngữ bạn chọn trong một năm.\n\n## Chia sẻ\n\nChúng tôi không bán hay chia sẻ dữ liệu cá nhân. Khi bạn xem bản đồ, trình duyệt tải nền bản đồ từ máy chủ OpenStreetMap, nơi sẽ thấy địa chỉ IP của bạn theo chính sách riêng của họ.\n\n## Quyền của bạn\n\nBạn có quyền được biết, truy cập, chỉnh sửa, xóa dữ liệu, hạn chế hoặc phản đối việc xử lý, và rút lại sự đồng ý. Doanh nghiệp có thể tự sửa hồ sơ trong trang tài khoản; với các yêu cầu khác, hãy liên hệ Sở Văn hóa, Thể thao và Du lịch. Chúng tôi trả lời trong thời hạn pháp luật quy định.\n\n## Bảo mật\n\nMật khẩu được băm bằng argon2id, kết nối được mã hóa, và chỉ cán bộ được giao nhiệm vụ mới truy cập được dữ liệu quản trị.',
		en: '## In short\n\nVisitors use the portal without an account and without being tracked: there are no advertising cookies and no third-party trackers. We keep personal data only where a task needs it, and delete it when it no longer does. Personal data is handled under Vietnam’s Law No. 91/2025/QH15 on Personal Data Protection and Decree No. 356/2025/ND-CP.\n\n## What we keep, why, and for how long\n\n- Business accounts: e-mail, business name, kind, phone, address, ward and optional map pin, to verify the business and publish its listings. Kept while the account exists. Passwords are never stored, only an argon2id hash of them.\n- Login sessions: a random code in a cookie keeps you logged in; the server keeps only a hash of it. Business sessions end after at most 30 days; department sessions after 30 minutes of inactivity and at most 12 hours.\n- Security log: logins, failed logins and every administrative action, with the time and IP address. IP addresses are erased after 90 days; the entries themselves are kept for accountability. This is the only place an IP address is kept.\n- Event bookings: the name and phone number or e-mail you give, the number of people, and whether you agreed to hear from the organiser (off unless you tick it), so the organiser can receive you and tell you if the event is called off. The organiser of the event sees these details. Names and contact details are erased {booking_days} days after the event ends; only the number of people booked stays, for statistics.\n- Visit counting: no cookies, and no IP address or browser details stored. To count each day’s visitors, the server hashes the IP address and browser with a random key that exists only in memory and is replaced at midnight, so days cannot be linked. Only daily view counts per page, per language, per browser language, per kind of device (phone, tablet, computer) and per referring site’s domain are kept; a site or language seen fewer than three times a day is kept only as “other”.\n- Language cookie: remembers the language you chose, for one year.\n\n## Sharing\n\nWe do not sell or share personal data. When you view a map, your browser loads the map background from OpenStreetMap’s servers, which see your IP address under their own policy.\n\n## Your rights\n\nYou have the right to be informed, to access, correct and delete your data, to restrict or object to its processing, and to withdraw consent. Businesses can correct their profile on their account page; for anything else, contact the Department of Culture, Sports and Tourism. We answer within the time the law sets.\n\n## Security\n\nPasswords are hashed with argon2id, connections are encrypted, and only staff assigned to the task can reach administrative data.',
		zh: '## 概要\n\n游客无需注册账户即可使用本门户网站，也不会被追踪：我们不使用广告Cookie或第三方追踪工具。我们只在具体事务需要时保存个人数据，不再需要时即予删除。个人数据的处理遵守越南第91/2025/QH15号《个人数据保护法》及第356/2025/ND-CP号议定。\n\n## 我们保存什么、为什么、保存多久\n\n- 商家账户：电子邮箱、商家名称、类型、电话、地址、所在坊及地图位置（如有），用于审核商家并发布其内容。账户存在期间保存。我们从不保存密码，只保存其argon2id哈希值。\n- 登录会话：Cookie中的随机代码用于保持登录状态，服务器只保存其哈希值。商家会话最长30天；部门工作人员会话在30分钟无操作后或最长12小时后结束。\n- 安全日志：登录、登录失败及所有管理操作，连同时间和IP地址。IP地址在90天后删除，日志条目本身为问责而保留。这是唯一保存IP地址的地方。\n- 活动预订：您提供的姓名、电话或电子邮箱、人数，以及是否同意接收主办方的消息（默认不同意），供主办方接待您，并在活动取消时通知您。活动主办方可以看到这些信息。姓名和联系方式在活动结束{booking_days}天后删除，只保留预订人数用于统计。\n- 访问统计：不使用Cookie，不保存IP地址或浏览器信息。为统计每天的访客数，服务器用仅存在于内存、每天午夜更换的随机密钥对IP地址和浏览器信息做哈希，因此无法把不同日期的访问关联起来。只保存每天按页面、按语言、按浏览器语言、按设备类型（手机、平板电脑、电脑）和按来源网站域名统计的浏览次数；每天出现少于三次的来源网站或语言只记为“其他”。\n- 语言Cookie：记住您选择的语言，保存一年。\n\n## 共享\n\n我们不出售也不共享个人数据。当您查看地图时，浏览器会从OpenStreetMap的服务器加载地图底图，对方会按其自身政策看到您的IP地址。\n\n## 您的权利\n\n您有权知情，有权访问、更正和删除您的数据，有权限制或反对处理，并有权撤回同意。商家可在账户页面自行更正资料；其他请求请联系文化体育旅游厅。我们将在法律规定的期限内答复。\n\n## 安全\n\n密码使用argon2id哈希，连接经过加密，只有承担相关工作的人员才能访问管理数据。'
	}
};

export interface StarterDish {
	slug: string;
	localName: string;
	places: string[];
	texts: Record<Locale, { name: string; what: string; where: string; season?: string }>;
}

export const STARTER_DISHES: StarterDish[] = [
	{
		slug: 'roast-duck',
		localName: 'Vịt quay lá mắc mật',
		places: ['ky-lua-market', 'ky-lua-walking-street'],
		texts: {
			vi: {
				name: 'Vịt quay lá mắc mật',
				what: 'Vịt nhồi lá mắc mật rồi quay nguyên con đến khi da giòn, vàng óng; lá mắc mật cho mùi thơm riêng của xứ Lạng.',
				where: 'Các quầy quay quanh chợ Kỳ Lừa, buổi chiều và tối; quầy ăn trên phố đi bộ.'
			},
			en: {
				name: 'Roast duck with mắc mật leaves',
				what: 'A whole duck stuffed with mắc mật leaves and roasted until the skin is crisp and amber; the leaves give it a scent found only in Lạng Sơn.',
				where:
					'The roasting stalls around Kỳ Lừa market in the afternoon and evening; food stalls on the walking street.'
			},
			zh: {
				name: 'mắc mật叶烤鸭',
				what: '整只鸭子塞入mắc mật叶（越南语名，一种黄皮属芸香科植物的香叶，并非木姜子）后烤至外皮金黄酥脆，叶子带来谅山独有的香气。',
				where: '祈驴市场周边的烤肉摊（下午和晚上）；步行街上的小吃摊。'
			}
		}
	},
	{
		slug: 'roast-pork',
		localName: 'Lợn quay',
		places: ['ky-lua-market'],
		texts: {
			vi: {
				name: 'Lợn quay',
				what: 'Thịt lợn tẩm lá mắc mật quay giòn bì, ăn cả bữa sáng lẫn bữa tối, thường đi kèm phở chua hoặc bánh cuốn.',
				where: 'Quầy quay ở chợ Kỳ Lừa và chợ đêm.'
			},
			en: {
				name: 'Roast pork',
				what: 'Pork seasoned with mắc mật leaves and roasted to crackling, eaten from breakfast to supper, often with sour phở or rolled rice cakes.',
				where: 'The roasting stalls of Kỳ Lừa market and the night market.'
			},
			zh: {
				name: '烤猪肉',
				what: '用mắc mật叶（越南香叶）腌制后烤至皮脆，从早餐到夜宵都有人吃，常配酸粉或卷粉。',
				where: '祈驴市场和夜市的烤肉摊。'
			}
		}
	},
	{
		slug: 'khau-nhuc',
		localName: 'Khâu nhục',
		places: ['ky-lua-market'],
		texts: {
			vi: {
				name: 'Khâu nhục',
				what: 'Thịt ba chỉ hấp cách thủy nhiều giờ với khoai môn và gia vị đến khi mềm tan, món không thể thiếu trong mâm cỗ của người Tày, Nùng.',
				where: 'Quán cơm và quầy ăn đêm quanh chợ Kỳ Lừa.'
			},
			en: {
				name: 'Khâu nhục (steamed pork belly)',
				what: 'Pork belly steamed for hours with taro and spices until it melts, a fixture of Tày and Nùng feasts.',
				where: 'Rice eateries and night stalls around Kỳ Lừa market.'
			},
			zh: {
				name: '扣肉',
				what: '五花肉与芋头和香料一起隔水蒸上数小时，入口即化，是岱依族、侬族宴席上必不可少的菜。',
				where: '祈驴市场周边的饭馆和夜宵摊。'
			}
		}
	},
	{
		slug: 'pho-chua',
		localName: 'Phở chua',
		places: ['ky-lua-market', 'ky-lua-walking-street'],
		texts: {
			vi: {
				name: 'Phở chua',
				what: 'Phở trộn không nước dùng: bánh phở, thịt quay, gan, lạc rang, khoai môn chiên và nước sốt chua ngọt, ăn mát vào ngày nóng.',
				where: 'Quán phở chua quanh chợ Kỳ Lừa; quầy trên phố đi bộ.'
			},
			en: {
				name: 'Sour phở',
				what: 'A noodle dish without broth: flat rice noodles with roast meat, liver, roasted peanuts, fried taro and a sweet-and-sour dressing, best on a hot day.',
				where: 'Sour-phở shops around Kỳ Lừa market; stalls on the walking street.'
			},
			zh: {
				name: '酸粉',
				what: '不加汤的拌粉：河粉配烤肉、猪肝、炒花生、炸芋头和酸甜酱汁，天热时吃最爽口。',
				where: '祈驴市场周边的酸粉店；步行街上的小吃摊。'
			}
		}
	},
	{
		slug: 'pho-vit',
		localName: 'Phở vịt',
		places: ['ky-lua-market'],
		texts: {
			vi: {
				name: 'Phở vịt',
				what: 'Phở nước với thịt vịt quay, nước dùng ngọt từ xương vịt, món ăn khuya quen thuộc của người Lạng Sơn.',
				where: 'Quán phở quanh chợ Kỳ Lừa, mở đến khuya.'
			},
			en: {
				name: 'Duck noodle soup',
				what: 'Noodle soup topped with roast duck in a clear broth made from duck bones, the local late-night bowl.',
				where: 'Noodle shops around Kỳ Lừa market that stay open late.'
			},
			zh: {
				name: '鸭肉粉',
				what: '用鸭骨熬成清汤，配上烤鸭肉的汤粉，是谅山人熟悉的夜宵。',
				where: '祈驴市场周边营业到深夜的粉店。'
			}
		}
	},
	{
		slug: 'banh-cuon-trung',
		localName: 'Bánh cuốn trứng',
		places: ['ky-lua-market'],
		texts: {
			vi: {
				name: 'Bánh cuốn trứng',
				what: 'Bánh cuốn tráng mỏng, đập một quả trứng vào giữa rồi cuộn lại, chấm hoặc chan nước dùng xương nóng.',
				where: 'Hàng bánh cuốn buổi sáng quanh chợ Kỳ Lừa.'
			},
			en: {
				name: 'Egg rolled rice cakes',
				what: 'Thin steamed rice sheets rolled around an egg cooked inside, served with a hot bone broth to dip or pour over.',
				where: 'Breakfast rolled-cake stalls around Kỳ Lừa market.'
			},
			zh: {
				name: '鸡蛋卷粉',
				what: '在薄薄的米浆皮中打入一个鸡蛋蒸熟卷起，蘸或浇上热骨头汤。',
				where: '祈驴市场周边的早餐卷粉摊。'
			}
		}
	},
	{
		slug: 'khau-sli',
		localName: 'Khẩu sli',
		places: ['ky-lua-market'],
		texts: {
			vi: {
				name: 'Khẩu sli',
				what: 'Kẹo làm từ gạo nếp rang nở, lạc và đường mật, giòn xốp, món quà quen thuộc của người Tày, Nùng.',
				where: 'Các sạp đặc sản trong chợ Kỳ Lừa.'
			},
			en: {
				name: 'Khẩu sli (puffed rice sweet)',
				what: 'A crunchy sweet of popped sticky rice, peanuts and molasses, the classic Tày and Nùng gift to take home.',
				where: 'The speciality stalls inside Kỳ Lừa market.'
			},
			zh: {
				name: '糯米花生糖（Khẩu sli）',
				what: '用爆开的糯米、花生和糖浆制成的酥脆糖块，是岱依族、侬族的传统伴手礼。',
				where: '祈驴市场内的特产摊位。'
			}
		}
	},
	{
		slug: 'coong-phu',
		localName: 'Coóng phù',
		places: ['ky-lua-walking-street', 'ky-lua-market'],
		texts: {
			vi: {
				name: 'Coóng phù',
				what: 'Bánh trôi nước của người Tày, viên bột nếp thả trong nước gừng đường nóng, ấm bụng những tối se lạnh.',
				where: 'Quầy chè trên phố đi bộ và chợ đêm.'
			},
			en: {
				name: 'Coóng phù (rice balls in ginger syrup)',
				what: 'The Tày version of floating rice balls: sticky-rice dumplings in hot ginger syrup, a warming sweet on a cool night.',
				where: 'Dessert stalls on the walking street and at the night market.'
			},
			zh: {
				name: '姜汁汤圆（Coóng phù）',
				what: '岱依族的汤圆：糯米团子泡在热姜糖水中，是凉夜里暖胃的甜品。',
				where: '步行街和夜市的甜品摊。'
			}
		}
	},
	{
		slug: 'black-banh-chung',
		localName: 'Bánh chưng đen',
		places: ['ky-lua-market'],
		texts: {
			vi: {
				name: 'Bánh chưng đen',
				what: 'Bánh chưng có lớp gạo nếp màu đen tự nhiên, nhân thịt và đỗ, món không thể thiếu dịp Tết ở vùng cao.',
				where: 'Sạp đặc sản trong chợ Kỳ Lừa, nhiều nhất dịp Tết.'
			},
			en: {
				name: 'Black bánh chưng',
				what: 'The square sticky-rice cake with rice dyed black by natural means, filled with pork and mung beans; a must at Tết in the uplands.',
				where: 'Speciality stalls in Kỳ Lừa market, most plentiful around Tết.'
			},
			zh: {
				name: '黑粽子',
				what: '用天然方法将糯米染黑的方形粽子，内馅为猪肉和绿豆，是山区过年必备的食品。',
				where: '祈驴市场的特产摊位，春节前后最多。'
			}
		}
	},
	{
		slug: 'banh-ngai',
		localName: 'Bánh ngải',
		places: ['ky-lua-market', 'ky-lua-walking-street'],
		texts: {
			vi: {
				name: 'Bánh ngải',
				what: 'Bánh nếp trộn lá ngải cứu nên có màu xanh sẫm, nhân lạc, vừng và đường, hấp chín trong lá chuối.',
				where: 'Chợ Kỳ Lừa và quầy trên phố đi bộ.'
			},
			en: {
				name: 'Mugwort cakes',
				what: 'Dark green sticky-rice cakes made with mugwort leaves, filled with peanuts, sesame and sugar and steamed in banana leaf.',
				where: 'Kỳ Lừa market and the walking-street stalls.'
			},
			zh: {
				name: '艾草糍粑',
				what: '用艾草叶和糯米制成的深绿色糕点，内馅为花生、芝麻和糖，包在芭蕉叶中蒸熟。',
				where: '祈驴市场和步行街小吃摊。'
			}
		}
	},
	{
		slug: 'mau-son-wine',
		localName: 'Rượu Mẫu Sơn',
		places: ['mau-son', 'ky-lua-market'],
		texts: {
			vi: {
				name: 'Rượu Mẫu Sơn',
				what: 'Rượu gạo nấu trên vùng núi Mẫu Sơn, nổi tiếng khắp miền Bắc. Uống có chừng mực, và đừng lái xe sau khi uống.',
				where: 'Trên núi Mẫu Sơn và các sạp đặc sản trong chợ Kỳ Lừa.'
			},
			en: {
				name: 'Mẫu Sơn rice wine',
				what: 'Rice spirit distilled in the Mẫu Sơn highlands and known across the north. Drink it in moderation, and never before driving.',
				where: 'On Mẫu Sơn itself and at the speciality stalls of Kỳ Lừa market.'
			},
			zh: {
				name: '母山米酒',
				what: '母山山区酿造的米酒，在越南北方很有名。请适量饮用，酒后切勿驾车。',
				where: '母山当地及祈驴市场的特产摊位。'
			}
		}
	},
	{
		slug: 'shan-tuyet-tea',
		localName: 'Chè Shan tuyết',
		places: ['mau-son'],
		texts: {
			vi: {
				name: 'Chè Shan tuyết Mẫu Sơn',
				what: 'Chè từ những cây chè cổ trên núi cao, búp phủ lông tơ trắng như tuyết, nước vàng sánh, vị đậm.',
				where: 'Trên núi Mẫu Sơn và sạp đặc sản trong thành phố.'
			},
			en: {
				name: 'Shan tuyết tea from Mẫu Sơn',
				what: 'Tea from old trees high on the mountain, its buds covered in white down like snow, brewing a golden, full-bodied cup.',
				where: 'On Mẫu Sơn and at speciality shops in the city.'
			},
			zh: {
				name: '母山雪山茶',
				what: '采自高山古茶树，芽叶上覆盖着雪白的茸毛，茶汤金黄浓郁。',
				where: '母山当地及市内特产店。'
			}
		}
	},
	{
		slug: 'custard-apple',
		localName: 'Na Chi Lăng',
		places: ['chi-lang-pass'],
		texts: {
			vi: {
				name: 'Na Chi Lăng',
				what: 'Na trồng trên núi đá vôi Chi Lăng, quả to, múi dày và rất ngọt.',
				where: 'Dọc Quốc lộ 1A qua Chi Lăng và chợ trong thành phố.',
				season: 'Tháng Bảy – tháng Chín'
			},
			en: {
				name: 'Chi Lăng custard apples',
				what: 'Custard apples grown on the limestone hills of Chi Lăng: large, thick-fleshed and very sweet.',
				where: 'Along National Road 1A through Chi Lăng and in the city markets.',
				season: 'July – September'
			},
			zh: {
				name: '支棱番荔枝',
				what: '种植在支棱石灰岩山地上的番荔枝，果大肉厚，非常甜。',
				where: '支棱段1A国道沿线及市内市场。',
				season: '7月至9月'
			}
		}
	},
	{
		slug: 'persimmons',
		localName: 'Hồng treo gió',
		places: ['ky-lua-market'],
		texts: {
			vi: {
				name: 'Hồng treo gió',
				what: 'Hồng không hạt gọt vỏ, treo phơi trong gió lạnh đến khi dẻo ngọt.',
				where: 'Sạp đặc sản trong chợ Kỳ Lừa khi vào mùa.',
				season: 'Mùa thu – đông'
			},
			en: {
				name: 'Wind-dried persimmons',
				what: 'Seedless persimmons, peeled and hung in the cold wind until chewy and sweet.',
				where: 'Speciality stalls in Kỳ Lừa market when in season.',
				season: 'Autumn – winter'
			},
			zh: {
				name: '风干柿子',
				what: '去皮的无核柿子挂在寒风中风干，口感软糯香甜。',
				where: '当季时祈驴市场的特产摊位。',
				season: '秋冬季'
			}
		}
	}
];

/** What the city is known for at each time of year (month-day, both days included). */
export const STARTER_SEASONS: {
	starts: string;
	ends: string;
	texts: Record<Locale, [string, string]>;
}[] = [
	{
		starts: '12-01',
		ends: '01-14',
		texts: {
			vi: [
				'Mùa đông trên Mẫu Sơn',
				'Tháng Mười hai và đầu tháng Một lạnh, có năm Mẫu Sơn có băng giá hoặc tuyết. Ấm lòng với khâu nhục và rượu Mẫu Sơn.'
			],
			en: [
				'Winter on Mẫu Sơn',
				'December and early January are cold; in some winters Mẫu Sơn sees frost or snow. Warm up with khâu nhục and Mẫu Sơn rice wine.'
			],
			zh: [
				'母山之冬',
				'12月和1月上旬天气寒冷，有些年份母山会结霜或下雪。来一份扣肉、一杯母山米酒暖暖身子。'
			]
		}
	},
	{
		starts: '01-15',
		ends: '02-29',
		texts: {
			vi: [
				'Mùa hoa đào',
				'Từ giữa tháng Một đến hết tháng Hai, quanh Tết, thành phố nhuộm hồng: vườn đào Quảng Lạc, Nà Sèn và đường hoa phố Hùng Vương.'
			],
			en: [
				'Peach blossom season',
				'From mid-January to the end of February, around Tết, the city turns pink: peach gardens in Quảng Lạc and Nà Sèn and the flower road on Hùng Vương street.'
			],
			zh: ['桃花季', '每年1月中旬至2月底，春节前后，全城一片粉红：广乐、那森的桃园和雄王街的花街。']
		}
	},
	{
		starts: '03-01',
		ends: '03-31',
		texts: {
			vi: [
				'Mùa lễ hội đầu xuân',
				'Sau Tết, các đền chùa mở hội: chùa Tam Thanh, chùa Tiên và lễ rước đền Kỳ Cùng – Tả Phủ. Xem ngày cụ thể trong lịch sự kiện.'
			],
			en: [
				'Spring festival season',
				"After Tết the temples and pagodas hold their festivals: Tam Thanh, Tiên pagoda and the Kỳ Cùng – Tả Phủ procession. See the events calendar for this year's dates."
			],
			zh: [
				'春季庙会',
				'春节过后，各处寺庙举行庙会：三清寺、仙寺以及祈穷—左府庙的巡游。具体日期请查看活动日历。'
			]
		}
	},
	{
		starts: '04-01',
		ends: '06-30',
		texts: {
			vi: [
				'Mùa trekking Mẫu Sơn',
				'Tháng Tư đến tháng Sáu trời trong, dịu mát, hợp để leo lên các đỉnh Mẫu Sơn.'
			],
			en: [
				'Trekking season on Mẫu Sơn',
				'April to June brings clear, mild days for walking to the peaks of Mẫu Sơn.'
			],
			zh: ['母山徒步季', '4月至6月天气晴朗温和，适合徒步登上母山各峰。']
		}
	},
	{
		starts: '07-01',
		ends: '09-30',
		texts: {
			vi: [
				'Mùa na Chi Lăng',
				'Từ tháng Bảy đến tháng Chín, na Chi Lăng chín và được bày bán dọc Quốc lộ 1A.'
			],
			en: [
				'Custard apple season',
				'From July to September the Chi Lăng custard apples are ripe and sold along National Road 1A.'
			],
			zh: ['支棱番荔枝季', '7月至9月，支棱番荔枝成熟，沿1A国道随处有售。']
		}
	},
	{
		starts: '10-01',
		ends: '11-30',
		texts: {
			vi: [
				'Thu vùng cao',
				'Tháng Mười và tháng Mười một mát và khô: mùa hồng treo gió và những tầm nhìn xa từ hang động, cột cờ.'
			],
			en: [
				'Autumn in the highlands',
				'October and November are cool and dry: the time for wind-dried persimmons and long views from the caves and towers.'
			],
			zh: ['高原之秋', '10月和11月凉爽干燥，正是风干柿子的季节，也适合在溶洞和旗台上远眺。']
		}
	}
];

/** The department's name and the resolution's (its number and date are left for the department). */
export const STARTER_SETTINGS: Record<string, string> = {
	department_name_vi: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn',
	department_name_en: 'Lạng Sơn Department of Culture, Sports and Tourism',
	department_name_zh: '谅山省文化体育旅游厅',
	resolution_name_vi:
		'Nghị quyết của Ban Thường vụ Tỉnh ủy Lạng Sơn về xây dựng và phát triển thành phố Lạng Sơn giai đoạn 2021–2030, tầm nhìn đến năm 2050',
	resolution_name_en:
		'Resolution of the Lạng Sơn Provincial Party Standing Committee (Ban Thường vụ Tỉnh ủy) on building and developing Lạng Sơn city, 2021–2030, with a vision to 2050',
	resolution_name_zh: '谅山省委常委会关于2021—2030年建设和发展谅山市、展望2050年的决议'
};
