// Seed lexicon of the Russian–English diplomatic press genre, written for PressAlign (licence: the project's own).
// One entry per line: Russian word or phrase, a tab, English word or phrase. Lower case, dictionary forms.
// Several English renderings of one Russian word are separate lines.
extension SeedLexicon {
    /// The built-in Russian–English entries, one `russian\tenglish` pair per line.
    static let russianEnglishEntries = """
    министр	minister
    министерство	ministry
    министерство иностранных дел	ministry of foreign affairs
    министерство иностранных дел	foreign ministry
    мид	foreign ministry
    мид	ministry of foreign affairs
    госдепартамент	state department
    государственный департамент	department of state
    госдеп	state department
    министерство обороны	ministry of defence
    министерство обороны	defense department
    минобороны	defence ministry
    пентагон	pentagon
    министерство финансов	ministry of finance
    минфин	finance ministry
    казначейство	treasury
    белый дом	white house
    кремль	kremlin
    администрация	administration
    правительство	government
    парламент	parliament
    конгресс	congress
    сенат	senate
    палата представителей	house of representatives
    государственная дума	state duma
    госдума	state duma
    дума	duma
    совет федерации	federation council
    совет безопасности	security council
    совбез	security council
    генассамблея	general assembly
    секретариат	secretariat
    посольство	embassy
    консульство	consulate
    генконсульство	consulate general
    представительство	mission
    постпредство	permanent mission
    миссия	mission
    делегация	delegation
    департамент	department
    управление	directorate
    управление	administration
    отдел	division
    отдел	section
    служба	service
    пресс-служба	press service
    департамент информации и печати	information and press department
    ведомство	agency
    ведомство	department
    агентство	agency
    орган	body
    орган	agency
    комитет	committee
    комиссия	commission
    совет	council
    суд	court
    международный суд	international court of justice
    международный уголовный суд	international criminal court
    мус	icc
    трибунал	tribunal
    спецслужба	intelligence service
    спецслужба	security service
    разведка	intelligence
    цру	cia
    фбр	fbi
    штаб-квартира	headquarters
    штаб	headquarters
    штаб	staff
    генштаб	general staff
    вооруженные силы	armed forces
    армия	army
    флот	navy
    флот	fleet
    войска	troops
    центробанк	central bank
    банк	bank
    фонд	fund
    фонд	foundation
    мвф	imf
    всемирный банк	world bank
    партия	party
    республиканец	republican
    демократ	democrat
    оппозиция	opposition
    нко	ngo
    организация	organization
    сми	media
    сми	mass media
    пресса	press
    издание	publication
    издание	outlet
    тасс	tass
    министр	secretary
    министр иностранных дел	foreign minister
    министр иностранных дел	minister of foreign affairs
    глава мид	foreign minister
    министр обороны	defence minister
    министр обороны	secretary of defense
    министр финансов	finance minister
    министр финансов	treasury secretary
    госсекретарь	secretary of state
    госсекретарь	secretary
    замгоссекретаря	deputy secretary of state
    помощник госсекретаря	assistant secretary of state
    заместитель	deputy
    замминистра	deputy minister
    первый заместитель	first deputy
    пресс-секретарь	press secretary
    пресс-секретарь	spokesperson
    официальный представитель	spokesperson
    официальный представитель	official representative
    представитель	representative
    представитель	spokesperson
    спикер	speaker
    спикер	spokesperson
    директор	director
    руководитель	head
    руководитель	leader
    глава	head
    начальник	chief
    начальник	head
    президент	president
    вице-президент	vice president
    премьер-министр	prime minister
    премьер	premier
    премьер	prime minister
    председатель	chairman
    председатель	chair
    вице-премьер	deputy prime minister
    канцлер	chancellor
    король	king
    эмир	emir
    генеральный секретарь	secretary-general
    генсек	secretary-general
    верховный комиссар	high commissioner
    высокий представитель	high representative
    спецпредставитель	special representative
    спецпредставитель	special envoy
    специальный представитель	special representative
    спецпосланник	special envoy
    посланник	envoy
    посол	ambassador
    посол по особым поручениям	ambassador-at-large
    постпред	permanent representative
    постоянный представитель	permanent representative
    временный поверенный в делах	charge d'affaires
    советник	adviser
    советник	counsellor
    атташе	attache
    консул	consul
    генконсул	consul general
    секретарь	secretary
    первый секретарь	first secretary
    дипломат	diplomat
    сотрудник	staff member
    сотрудник	officer
    чиновник	official
    официальное лицо	official
    высокопоставленный	senior
    высокопоставленный	high-ranking
    помощник	assistant
    помощник	aide
    советник по национальной безопасности	national security adviser
    переговорщик	negotiator
    эксперт	expert
    наблюдатель	observer
    депутат	deputy
    депутат	lawmaker
    депутат	member of parliament
    сенатор	senator
    лидер	leader
    главнокомандующий	commander-in-chief
    командующий	commander
    генерал	general
    военный	military
    военный	serviceman
    глава государства	head of state
    глава правительства	head of government
    коллега	colleague
    коллега	counterpart
    партнер	partner
    визави	counterpart
    господин	mr
    госпожа	ms
    госпожа	madam
    путин	putin
    лавров	lavrov
    захарова	zakharova
    блинкен	blinken
    байден	biden
    дипломатия	diplomacy
    дипломатический	diplomatic
    внешняя политика	foreign policy
    внешнеполитический	foreign policy
    переговоры	talks
    переговоры	negotiations
    переговорный процесс	negotiation process
    раунд	round
    консультации	consultations
    консультация	consultation
    диалог	dialogue
    встреча	meeting
    беседа	conversation
    беседа	talk
    разговор	conversation
    телефонный разговор	telephone conversation
    телефонный разговор	phone call
    телефонный звонок	phone call
    звонок	call
    визит	visit
    официальный визит	official visit
    государственный визит	state visit
    поездка	trip
    саммит	summit
    совещание	meeting
    совещание	conference
    конференция	conference
    пресс-конференция	press conference
    пресс-конференция	news conference
    брифинг	briefing
    форум	forum
    сессия	session
    заседание	meeting
    заседание	session
    пленарное заседание	plenary session
    формат	format
    повестка	agenda
    повестка дня	agenda
    двусторонний	bilateral
    многосторонний	multilateral
    трехсторонний	trilateral
    односторонний	unilateral
    соглашение	agreement
    договор	treaty
    договор	agreement
    договоренность	arrangement
    договоренность	understanding
    договоренность	agreement
    договоренности	arrangements
    договоренности	understandings
    меморандум	memorandum
    протокол	protocol
    конвенция	convention
    устав	charter
    устав	statute
    декларация	declaration
    коммюнике	communique
    совместное заявление	joint statement
    заявление	statement
    заявление	declaration
    резолюция	resolution
    решение	decision
    решение	solution
    обязательство	commitment
    обязательство	obligation
    обязательства	commitments
    обязательства	obligations
    ратификация	ratification
    ратифицировать	ratify
    подписание	signing
    подписать	sign
    подписывать	sign
    денонсировать	denounce
    выход	withdrawal
    выход	exit
    приостановить	suspend
    приостановление	suspension
    продление	extension
    продлить	extend
    отношения	relations
    двусторонние отношения	bilateral relations
    дипломатические отношения	diplomatic relations
    связи	ties
    связи	contacts
    контакт	contact
    контакты	contacts
    взаимодействие	interaction
    взаимодействие	cooperation
    взаимодействие	engagement
    сотрудничество	cooperation
    партнерство	partnership
    союз	alliance
    союз	union
    союзник	ally
    альянс	alliance
    коалиция	coalition
    блок	bloc
    нормализация	normalization
    урегулирование	settlement
    политическое урегулирование	political settlement
    мирное урегулирование	peaceful settlement
    мирный процесс	peace process
    посредничество	mediation
    посредник	mediator
    компромисс	compromise
    уступка	concession
    взаимопонимание	mutual understanding
    доверие	trust
    доверие	confidence
    меры доверия	confidence-building measures
    взаимность	reciprocity
    суверенитет	sovereignty
    суверенный	sovereign
    территориальная целостность	territorial integrity
    целостность	integrity
    независимость	independence
    невмешательство	non-interference
    вмешательство	interference
    внутренние дела	internal affairs
    самоопределение	self-determination
    признание	recognition
    признать	recognize
    признавать	recognize
    легитимность	legitimacy
    легитимный	legitimate
    нелегитимный	illegitimate
    международное право	international law
    правила	rules
    порядок, основанный на правилах	rules-based order
    миропорядок	world order
    многополярность	multipolarity
    многополярный	multipolar
    однополярный	unipolar
    гегемония	hegemony
    баланс интересов	balance of interests
    баланс	balance
    равноправие	equality
    равноправный	equal
    взаимовыгодный	mutually beneficial
    уважение	respect
    демарш	demarche
    нота	note
    протест	protest
    вызов	summons
    вызов	challenge
    высылка	expulsion
    выслать	expel
    высылать	expel
    персона нон грата	persona non grata
    верительные грамоты	credentials
    аккредитация	accreditation
    аккредитовать	accredit
    виза	visa
    иммунитет	immunity
    дипломатический иммунитет	diplomatic immunity
    дипломатическая собственность	diplomatic property
    консульский	consular
    соотечественник	compatriot
    соотечественники	compatriots
    гражданин	citizen
    гражданин	national
    граждане	citizens
    гражданство	citizenship
    паспорт	passport
    эвакуация	evacuation
    эвакуировать	evacuate
    беженец	refugee
    беженцы	refugees
    мигрант	migrant
    миграция	migration
    гуманитарный	humanitarian
    гуманитарная помощь	humanitarian aid
    помощь	assistance
    помощь	aid
    права человека	human rights
    правозащитный	human rights
    свобода слова	freedom of speech
    свобода	freedom
    свобода	liberty
    демократия	democracy
    демократический	democratic
    выборы	elections
    референдум	referendum
    мандат	mandate
    полномочия	powers
    полномочия	authority
    санкции	sanctions
    санкция	sanction
    санкционный	sanctions
    антироссийский	anti-russian
    ограничительные меры	restrictive measures
    ограничение	restriction
    ограничения	restrictions
    эмбарго	embargo
    блокада	blockade
    давление	pressure
    шантаж	blackmail
    ультиматум	ultimatum
    угроза	threat
    угрожать	threaten
    ответные меры	retaliatory measures
    ответные меры	countermeasures
    контрмеры	countermeasures
    ответ	response
    ответ	answer
    ответ	reply
    реакция	reaction
    эскалация	escalation
    деэскалация	de-escalation
    напряженность	tension
    кризис	crisis
    конфликт	conflict
    спор	dispute
    разногласия	differences
    разногласия	disagreements
    противоречия	contradictions
    противоречия	differences
    противостояние	confrontation
    конфронтация	confrontation
    холодная война	cold war
    разрядка	detente
    изоляция	isolation
    изолировать	isolate
    русофобия	russophobia
    пропаганда	propaganda
    дезинформация	disinformation
    фейк	fake
    информационная война	information war
    риторика	rhetoric
    двойные стандарты	double standards
    лицемерие	hypocrisy
    провокация	provocation
    инцидент	incident
    обвинение	accusation
    обвинение	charge
    обвинять	accuse
    обвинить	accuse
    беспочвенный	groundless
    доказательство	evidence
    доказательство	proof
    доказательства	evidence
    расследование	investigation
    гарантия	guarantee
    гарантия	assurance
    гарантии	guarantees
    гарантии безопасности	security guarantees
    инициатива	initiative
    предложение	proposal
    предложение	offer
    предложение	suggestion
    проект	draft
    проект	project
    текст	text
    документ	document
    поправка	amendment
    вето	veto
    голосование	vote
    голосование	voting
    голосовать	vote
    проголосовать	vote
    единогласно	unanimously
    консенсус	consensus
    большинство	majority
    председательство	chairmanship
    председательство	presidency
    членство	membership
    член	member
    государство-член	member state
    страна-участница	participating state
    вступление	accession
    вступить	join
    вступить	accede
    расширение	enlargement
    расширение	expansion
    расширение нато	nato enlargement
    интеграция	integration
    евразийский	eurasian
    ближний восток	middle east
    дальний восток	far east
    латинская америка	latin america
    запад	west
    западный	western
    восток	east
    восточный	eastern
    север	north
    северный	northern
    юг	south
    южный	southern
    коллективный запад	collective west
    мировое сообщество	world community
    международное сообщество	international community
    сообщество	community
    региональный	regional
    глобальный	global
    международный	international
    приграничный	cross-border
    приграничный	border
    граница	border
    пограничный	border
    церемония	ceremony
    прием	reception
    приглашение	invitation
    пригласить	invite
    приглашать	invite
    посетить	visit
    прибыть	arrive
    покинуть	leave
    принять	receive
    принять	adopt
    принять	accept
    принять	take
    принимать	receive
    принимать	adopt
    принимать	accept
    принимать	take
    провести	hold
    провести	conduct
    проводить	hold
    проводить	conduct
    состояться	take place
    безопасность	security
    безопасность	safety
    национальная безопасность	national security
    неделимость безопасности	indivisibility of security
    стратегическая стабильность	strategic stability
    стабильность	stability
    стабильный	stable
    дестабилизация	destabilization
    дестабилизирующий	destabilizing
    контроль над вооружениями	arms control
    контроль	control
    контроль	monitoring
    вооружения	arms
    вооружения	weapons
    вооружение	armament
    вооружение	weapon
    оружие	weapons
    оружие	arms
    ядерное оружие	nuclear weapons
    ядерный	nuclear
    ядерная держава	nuclear power
    держава	power
    арсенал	arsenal
    ядерное сдерживание	nuclear deterrence
    сдерживание	deterrence
    сдерживание	containment
    доктрина	doctrine
    испытание	test
    испытания	tests
    испытания	testing
    мораторий	moratorium
    нераспространение	non-proliferation
    распространение	proliferation
    распространение	spread
    дняо	npt
    разоружение	disarmament
    сокращение	reduction
    сокращение	cut
    стратегические наступательные вооружения	strategic offensive arms
    снв	start
    дснв	new start
    рсмд	inf treaty
    ракеты средней и меньшей дальности	intermediate-range and shorter-range missiles
    дон	open skies treaty
    открытое небо	open skies
    про	about
    противоракетная оборона	missile defense
    противоракетный	anti-missile
    противоракетный	missile defense
    ракета	missile
    ракета	rocket
    ракетный	missile
    баллистическая ракета	ballistic missile
    баллистический	ballistic
    крылатая ракета	cruise missile
    мбр	icbm
    гиперзвуковой	hypersonic
    боеголовка	warhead
    боезаряд	warhead
    носитель	delivery vehicle
    носитель	carrier
    развернутый	deployed
    развертывание	deployment
    развернуть	deploy
    размещение	deployment
    размещение	placement
    разместить	deploy
    разместить	station
    размещать	deploy
    размещать	station
    бомбардировщик	bomber
    истребитель	fighter jet
    самолет	aircraft
    самолет	plane
    беспилотник	drone
    бпла	uav
    танк	tank
    артиллерия	artillery
    боеприпасы	ammunition
    боеприпасы	munitions
    кассетные боеприпасы	cluster munitions
    подводная лодка	submarine
    корабль	ship
    космос	space
    космос	outer space
    космический	space
    милитаризация	militarization
    кибербезопасность	cybersecurity
    киберпространство	cyberspace
    кибератака	cyberattack
    инфраструктура	infrastructure
    критическая инфраструктура	critical infrastructure
    химическое оружие	chemical weapons
    химический	chemical
    биологическое оружие	biological weapons
    биологический	biological
    биолаборатории	biological laboratories
    озхо	opcw
    оружие массового уничтожения	weapons of mass destruction
    омп	wmd
    магатэ	iaea
    инспекция	inspection
    инспекции	inspections
    верификация	verification
    проверка	verification
    проверка	check
    проверка	inspection
    уведомление	notification
    обмен	exchange
    прозрачность	transparency
    прозрачный	transparent
    предсказуемость	predictability
    предсказуемый	predictable
    ядерная программа	nuclear program
    ядерная сделка	nuclear deal
    сделка	deal
    спвд	jcpoa
    обогащение	enrichment
    уран	uranium
    аэс	nuclear power plant
    атомный	atomic
    атомный	nuclear
    запорожская аэс	zaporizhzhia nuclear power plant
    военно-политический	military-political
    военная операция	military operation
    специальная военная операция	special military operation
    операция	operation
    военные действия	hostilities
    боевые действия	hostilities
    боевые действия	fighting
    боевой	combat
    наступление	offensive
    контрнаступление	counteroffensive
    оборона	defence
    оборонный	defence
    нападение	attack
    атака	attack
    удар	strike
    удар	blow
    обстрел	shelling
    обстрелы	shelling
    бомбардировка	bombing
    взрыв	explosion
    теракт	terrorist attack
    терроризм	terrorism
    террорист	terrorist
    террористический	terrorist
    борьба с терроризмом	counterterrorism
    борьба с терроризмом	fight against terrorism
    экстремизм	extremism
    игил	isis
    талибан	taliban
    хамас	hamas
    хезболла	hezbollah
    боевик	militant
    боевик	fighter
    боевики	militants
    наемник	mercenary
    нацизм	nazism
    неонацизм	neo-nazism
    неонацистский	neo-nazi
    денацификация	denazification
    демилитаризация	demilitarization
    агрессия	aggression
    агрессор	aggressor
    агрессивный	aggressive
    вторжение	invasion
    оккупация	occupation
    оккупировать	occupy
    аннексия	annexation
    воссоединение	reunification
    война	war
    вторая мировая война	second world war
    победа	victory
    мир	peace
    мир	world
    перемирие	ceasefire
    перемирие	truce
    прекращение огня	ceasefire
    миротворец	peacekeeper
    миротворческий	peacekeeping
    военная база	military base
    база	base
    присутствие	presence
    учения	exercises
    учения	drills
    военная помощь	military aid
    поставки оружия	arms supplies
    поставки оружия	arms deliveries
    поставки	supplies
    поставки	deliveries
    военные расходы	military spending
    гонка вооружений	arms race
    риск	risk
    риски	risks
    опасность	danger
    опасный	dangerous
    жертва	victim
    жертва	casualty
    жертвы	casualties
    жертвы	victims
    погибший	dead
    погибший	killed
    погибнуть	die
    погибнуть	be killed
    мирное население	civilians
    мирные жители	civilians
    гражданский	civilian
    гражданский	civil
    военнопленный	prisoner of war
    военнопленные	prisoners of war
    обмен пленными	prisoner exchange
    заложник	hostage
    заключенный	prisoner
    заключенный	detainee
    задержанный	detainee
    задержание	detention
    задержание	arrest
    арест	arrest
    освобождение	release
    освобождение	liberation
    освободить	release
    освободить	liberate
    военные преступления	war crimes
    преступление	crime
    преступник	criminal
    геноцид	genocide
    этническая чистка	ethnic cleansing
    трагедия	tragedy
    катастрофа	disaster
    катастрофа	catastrophe
    экономика	economy
    экономический	economic
    торговля	trade
    торговый	trade
    торговый	trading
    товарооборот	trade turnover
    товарооборот	trade
    экспорт	export
    экспорт	exports
    импорт	import
    импорт	imports
    инвестиции	investment
    инвестиции	investments
    инвестиция	investment
    инвестор	investor
    инвестиционный	investment
    капитал	capital
    финансы	finance
    финансовый	financial
    финансирование	financing
    финансирование	funding
    финансировать	finance
    финансировать	fund
    бюджет	budget
    налог	tax
    пошлина	duty
    пошлина	tariff
    тариф	tariff
    таможенный	customs
    таможня	customs
    зона свободной торговли	free trade area
    конкуренция	competition
    рынок	market
    спрос	demand
    предложение	supply
    цена	price
    стоимость	cost
    стоимость	value
    инфляция	inflation
    спад	downturn
    спад	decline
    рост	growth
    рост	increase
    экономический рост	economic growth
    ввп	gdp
    доход	income
    доход	revenue
    прибыль	profit
    убыток	loss
    ущерб	damage
    долг	debt
    кредит	loan
    кредит	credit
    процент	percent
    процент	interest
    ставка	rate
    курс	rate
    курс	course
    валюта	currency
    национальная валюта	national currency
    расчеты в национальных валютах	settlements in national currencies
    расчеты	settlements
    расчеты	payments
    платеж	payment
    платежная система	payment system
    дедолларизация	de-dollarization
    доллар	dollar
    долл.	dollar
    рубль	ruble
    рубль	rouble
    юань	yuan
    евро	euro
    золотовалютные резервы	gold and foreign currency reserves
    резервы	reserves
    активы	assets
    заморозить	freeze
    конфискация	confiscation
    конфисковать	confiscate
    триллион	trillion
    трлн	trillion
    миллиард	billion
    млрд	billion
    миллион	million
    млн	million
    тыс.	thousand
    объем	volume
    показатель	indicator
    показатель	figure
    статистика	statistics
    данные	data
    цифра	figure
    уровень	level
    увеличение	increase
    снижение	decrease
    снижение	reduction
    снижение	decline
    падение	fall
    падение	drop
    вдвое	twice
    вдвое	by half
    раз	times
    раз	once
    энергетика	energy
    энергетический	energy
    энергоресурсы	energy resources
    нефть	oil
    газ	gas
    спг	lng
    газопровод	gas pipeline
    трубопровод	pipeline
    северный поток	nord stream
    электроэнергия	electricity
    опек	opec
    продовольствие	food
    продовольственная безопасность	food security
    зерно	grain
    зерновая сделка	grain deal
    удобрения	fertilizers
    сельское хозяйство	agriculture
    промышленность	industry
    производство	production
    производство	manufacturing
    производитель	producer
    производитель	manufacturer
    продукция	products
    продукция	output
    товар	goods
    товар	product
    услуги	services
    поставка	supply
    поставка	delivery
    поставщик	supplier
    логистика	logistics
    транспорт	transport
    транспортный	transport
    транзит	transit
    коридор	corridor
    порт	port
    морской	maritime
    морской	sea
    туризм	tourism
    технология	technology
    технологии	technologies
    технологический	technological
    инновации	innovation
    цифровой	digital
    искусственный интеллект	artificial intelligence
    наука	science
    образование	education
    здравоохранение	health care
    вакцина	vaccine
    пандемия	pandemic
    коронавирус	coronavirus
    климат	climate
    изменение климата	climate change
    экологический	environmental
    устойчивое развитие	sustainable development
    развитие	development
    развивающиеся страны	developing countries
    бедность	poverty
    голод	hunger
    голод	famine
    вторичные санкции	secondary sanctions
    бизнес	business
    деловой	business
    предприниматель	entrepreneur
    предприниматель	businessman
    компания	company
    предприятие	enterprise
    предприятие	company
    отрасль	sector
    отрасль	industry
    сектор	sector
    частный	private
    государственный	state
    государственный	government
    государственный	public
    имущество	property
    контракт	contract
    строительство	construction
    реализация	implementation
    реализовать	implement
    осуществление	implementation
    осуществлять	carry out
    осуществлять	implement
    выполнение	implementation
    выполнение	fulfilment
    рабочие места	jobs
    процветание	prosperity
    оон	un
    оон	united nations
    совет безопасности оон	un security council
    совет по правам человека	human rights council
    сбпч	human rights council
    юнеско	unesco
    юнисеф	unicef
    воз	who
    всемирная организация здравоохранения	world health organization
    вто	wto
    всемирная торговая организация	world trade organization
    фао	fao
    увкб	unhcr
    увкпч	ohchr
    мккк	icrc
    красный крест	red cross
    нато	nato
    североатлантический альянс	north atlantic alliance
    совет россия-нато	nato-russia council
    ес	eu
    евросоюз	eu
    евросоюз	european union
    европейский союз	european union
    еврокомиссия	european commission
    европейская комиссия	european commission
    европарламент	european parliament
    европейский парламент	european parliament
    европейский совет	european council
    совет европы	council of europe
    еспч	echr
    обсе	osce
    снг	cis
    одкб	csto
    шос	sco
    брикс	brics
    еаэс	eaeu
    евразийский экономический союз	eurasian economic union
    союзное государство	union state
    асеан	asean
    атэс	apec
    африканский союз	african union
    лига арабских государств	league of arab states
    оис	oic
    ссагпз	gcc
    оаг	oas
    г20	g20
    группа двадцати	g20
    группа двадцати	group of twenty
    г7	g7
    группа семи	g7
    группа семи	group of seven
    аукус	aukus
    нормандский формат	normandy format
    астанинский формат	astana format
    оэср	oecd
    нбр	new development bank
    новый банк развития	new development bank
    интерпол	interpol
    арктический совет	arctic council
    россия	russia
    российская федерация	russian federation
    рф	russian federation
    рф	russia
    российский	russian
    русский	russian
    москва	moscow
    санкт-петербург	st petersburg
    петербург	st petersburg
    сочи	sochi
    казань	kazan
    владивосток	vladivostok
    калининград	kaliningrad
    сибирь	siberia
    арктика	arctic
    арктический	arctic
    крым	crimea
    крымский	crimean
    севастополь	sevastopol
    донбасс	donbass
    донбасс	donbas
    днр	dpr
    лнр	lpr
    донецк	donetsk
    луганск	lugansk
    луганск	luhansk
    запорожье	zaporozhye
    запорожье	zaporizhzhia
    сша	united states
    сша	us
    сша	usa
    соединенные штаты	united states
    соединенные штаты америки	united states of america
    америка	america
    американский	american
    американский	us
    американец	american
    американцы	americans
    вашингтон	washington
    канада	canada
    канадский	canadian
    оттава	ottawa
    мексика	mexico
    великобритания	united kingdom
    великобритания	britain
    британия	britain
    британский	british
    лондон	london
    соединенное королевство	united kingdom
    франция	france
    французский	french
    париж	paris
    германия	germany
    немецкий	german
    фрг	federal republic of germany
    берлин	berlin
    италия	italy
    итальянский	italian
    рим	rome
    испания	spain
    испанский	spanish
    мадрид	madrid
    португалия	portugal
    нидерланды	netherlands
    гаага	the hague
    бельгия	belgium
    брюссель	brussels
    швейцария	switzerland
    женева	geneva
    женевский	geneva
    австрия	austria
    вена	vienna
    польша	poland
    польский	polish
    варшава	warsaw
    чехия	czech republic
    чехия	czechia
    прага	prague
    венгрия	hungary
    будапешт	budapest
    румыния	romania
    болгария	bulgaria
    софия	sofia
    греция	greece
    афины	athens
    сербия	serbia
    белград	belgrade
    косово	kosovo
    балканы	balkans
    швеция	sweden
    стокгольм	stockholm
    норвегия	norway
    осло	oslo
    финляндия	finland
    хельсинки	helsinki
    дания	denmark
    копенгаген	copenhagen
    исландия	iceland
    рейкьявик	reykjavik
    эстония	estonia
    таллин	tallinn
    латвия	latvia
    рига	riga
    литва	lithuania
    вильнюс	vilnius
    прибалтика	baltics
    балтийский	baltic
    европа	europe
    европейский	european
    украина	ukraine
    украинский	ukrainian
    киев	kiev
    киев	kyiv
    киевский режим	kiev regime
    харьков	kharkov
    харьков	kharkiv
    белоруссия	belarus
    беларусь	belarus
    белорусский	belarusian
    минск	minsk
    молдавия	moldova
    молдова	moldova
    приднестровье	transnistria
    грузия	georgia
    тбилиси	tbilisi
    абхазия	abkhazia
    южная осетия	south ossetia
    армения	armenia
    ереван	yerevan
    азербайджан	azerbaijan
    баку	baku
    нагорный карабах	nagorno-karabakh
    карабах	karabakh
    южный кавказ	south caucasus
    кавказ	caucasus
    казахстан	kazakhstan
    казахстанский	kazakh
    астана	astana
    алматы	almaty
    узбекистан	uzbekistan
    узбекский	uzbek
    ташкент	tashkent
    киргизия	kyrgyzstan
    кыргызстан	kyrgyzstan
    бишкек	bishkek
    таджикистан	tajikistan
    душанбе	dushanbe
    туркменистан	turkmenistan
    центральная азия	central asia
    постсоветский	post-soviet
    постсоветское пространство	post-soviet space
    ссср	ussr
    ссср	soviet union
    советский союз	soviet union
    советский	soviet
    китай	china
    кнр	prc
    кнр	people's republic of china
    китайский	chinese
    пекин	beijing
    тайвань	taiwan
    япония	japan
    японский	japanese
    токио	tokyo
    корея	korea
    корейский полуостров	korean peninsula
    кндр	dprk
    северная корея	north korea
    северокорейский	north korean
    пхеньян	pyongyang
    республика корея	republic of korea
    южная корея	south korea
    сеул	seoul
    монголия	mongolia
    индия	india
    индийский	indian
    нью-дели	new delhi
    пакистан	pakistan
    афганистан	afghanistan
    кабул	kabul
    вьетнам	vietnam
    ханой	hanoi
    таиланд	thailand
    малайзия	malaysia
    сингапур	singapore
    индонезия	indonesia
    филиппины	philippines
    австралия	australia
    азия	asia
    азиатский	asian
    тихоокеанский	pacific
    турция	turkey
    турция	turkiye
    турецкий	turkish
    анкара	ankara
    стамбул	istanbul
    иран	iran
    иранский	iranian
    тегеран	tehran
    ирак	iraq
    багдад	baghdad
    сирия	syria
    дамаск	damascus
    ливан	lebanon
    бейрут	beirut
    израиль	israel
    израильский	israeli
    иерусалим	jerusalem
    палестина	palestine
    палестинский	palestinian
    газа	gaza
    сектор газа	gaza strip
    иордания	jordan
    египет	egypt
    каир	cairo
    саудовская аравия	saudi arabia
    эр-рияд	riyadh
    оаэ	uae
    объединенные арабские эмираты	united arab emirates
    катар	qatar
    доха	doha
    йемен	yemen
    персидский залив	persian gulf
    залив	gulf
    арабский	arab
    арабский	arabic
    ливия	libya
    тунис	tunisia
    тунис	tunis
    алжир	algeria
    алжир	algiers
    марокко	morocco
    судан	sudan
    эфиопия	ethiopia
    нигерия	nigeria
    мали	mali
    юар	south africa
    южная африка	south africa
    африка	africa
    африканский	african
    бразилия	brazil
    бразильский	brazilian
    аргентина	argentina
    венесуэла	venezuela
    куба	cuba
    никарагуа	nicaragua
    ватикан	vatican
    черное море	black sea
    черноморский	black sea
    балтийское море	baltic sea
    средиземное море	mediterranean sea
    каспийский	caspian
    южно-китайское море	south china sea
    тайваньский пролив	taiwan strait
    пролив	strait
    северный морской путь	northern sea route
    январь	january
    февраль	february
    март	march
    апрель	april
    май	may
    июнь	june
    июль	july
    август	august
    сентябрь	september
    октябрь	october
    ноябрь	november
    декабрь	december
    понедельник	monday
    вторник	tuesday
    среда	wednesday
    четверг	thursday
    пятница	friday
    суббота	saturday
    воскресенье	sunday
    день	day
    дни	days
    неделя	week
    месяц	month
    год	year
    г.	year
    годы	years
    лет	years
    десятилетие	decade
    век	century
    столетие	century
    квартал	quarter
    полгода	six months
    сутки	day
    сутки	twenty-four hours
    час	hour
    минута	minute
    время	time
    дата	date
    срок	deadline
    срок	term
    срок	period
    период	period
    этап	stage
    этап	phase
    эпоха	era
    момент	moment
    сегодня	today
    вчера	yesterday
    завтра	tomorrow
    сейчас	now
    теперь	now
    нынешний	current
    нынешний	present
    текущий	current
    утро	morning
    утром	in the morning
    вечер	evening
    вечером	in the evening
    ночь	night
    ночью	at night
    прошлый	last
    прошлый	past
    будущее	future
    будущий	future
    будущий	next
    следующий	next
    следующий	following
    последний	last
    последний	latest
    недавно	recently
    давно	long ago
    давно	for a long time
    скоро	soon
    раньше	earlier
    раньше	before
    позже	later
    потом	then
    потом	later
    затем	then
    тогда	then
    уже	already
    еще	still
    еще	yet
    еще	more
    всегда	always
    никогда	never
    иногда	sometimes
    часто	often
    редко	rarely
    постоянно	constantly
    регулярно	regularly
    ежегодно	annually
    ноль	zero
    один	one
    два	two
    три	three
    четыре	four
    пять	five
    шесть	six
    семь	seven
    восемь	eight
    девять	nine
    десять	ten
    одиннадцать	eleven
    двенадцать	twelve
    тринадцать	thirteen
    четырнадцать	fourteen
    пятнадцать	fifteen
    шестнадцать	sixteen
    семнадцать	seventeen
    восемнадцать	eighteen
    девятнадцать	nineteen
    двадцать	twenty
    тридцать	thirty
    сорок	forty
    пятьдесят	fifty
    шестьдесят	sixty
    семьдесят	seventy
    восемьдесят	eighty
    девяносто	ninety
    сто	hundred
    сто	one hundred
    двести	two hundred
    триста	three hundred
    четыреста	four hundred
    пятьсот	five hundred
    шестьсот	six hundred
    семьсот	seven hundred
    восемьсот	eight hundred
    девятьсот	nine hundred
    тысяча	thousand
    половина	half
    треть	third
    четверть	quarter
    пара	pair
    пара	couple
    десятки	dozens
    сотни	hundreds
    тысячи	thousands
    миллионы	millions
    первый	first
    второй	second
    третий	third
    четвертый	fourth
    пятый	fifth
    шестой	sixth
    седьмой	seventh
    восьмой	eighth
    девятый	ninth
    десятый	tenth
    юбилей	anniversary
    годовщина	anniversary
    номер	number
    число	number
    число	date
    количество	number
    количество	quantity
    несколько	several
    несколько	a few
    много	many
    много	much
    мало	few
    мало	little
    немного	a little
    немного	a few
    большинство	most
    многие	many
    некоторые	some
    каждый	each
    каждый	every
    оба	both
    единственный	only
    единственный	sole
    вопрос	question
    вопрос	issue
    отвечать	answer
    отвечать	respond
    ответить	answer
    ответить	respond
    спросить	ask
    спрашивать	ask
    задать вопрос	ask a question
    журналист	journalist
    журналист	reporter
    корреспондент	correspondent
    репортер	reporter
    коллеги	colleagues
    спасибо	thank you
    спасибо	thanks
    благодарить	thank
    поблагодарить	thank
    благодарность	gratitude
    пожалуйста	please
    уважаемый	dear
    уважаемый	esteemed
    дамы и господа	ladies and gentlemen
    друзья	friends
    друг	friend
    добрый день	good afternoon
    здравствуйте	hello
    приветствовать	welcome
    приветствовать	greet
    добро пожаловать	welcome
    рад	glad
    рады	glad
    рады	pleased
    позвольте	allow me
    позвольте	let me
    извините	excuse me
    извините	sorry
    смех	laughter
    аплодисменты	applause
    неразборчиво	inaudible
    реплика	remark
    вступительное слово	opening remarks
    заключение	conclusion
    выступление	speech
    выступление	remarks
    выступление	statement
    выступать	speak
    выступать	make remarks
    выступить	speak
    выступить	make a statement
    речь	speech
    доклад	report
    сообщение	message
    сообщение	report
    сообщение	announcement
    комментарий	comment
    комментарий	commentary
    комментировать	comment
    прокомментировать	comment
    интервью	interview
    стенограмма	transcript
    цитата	quote
    цитировать	quote
    новости	news
    информация	information
    сведения	information
    сведения	reports
    слухи	rumours
    утечка	leak
    публикация	publication
    опубликовать	publish
    публиковать	publish
    статья	article
    материал	material
    материал	story
    эфир	air
    эфир	broadcast
    прямой эфир	live broadcast
    модератор	moderator
    зал	hall
    зал	room
    слово	word
    слово	floor
    предоставить слово	give the floor
    к сожалению	unfortunately
    с удовольствием	with pleasure
    конечно	of course
    конечно	certainly
    разумеется	of course
    разумеется	naturally
    безусловно	certainly
    безусловно	absolutely
    да	yes
    нет	no
    хорошо	good
    хорошо	well
    итак	so
    кстати	by the way
    во-первых	first
    во-первых	firstly
    во-вторых	second
    во-вторых	secondly
    наконец	finally
    например	for example
    например	for instance
    в частности	in particular
    в том числе	including
    то есть	that is
    иными словами	in other words
    на мой взгляд	in my view
    с одной стороны	on the one hand
    с другой стороны	on the other hand
    в целом	in general
    в целом	overall
    в первую очередь	first of all
    прежде всего	above all
    прежде всего	first of all
    кроме того	besides
    кроме того	in addition
    более того	moreover
    тем не менее	nevertheless
    вместе с тем	at the same time
    при этом	at the same time
    в связи с этим	in this regard
    в этой связи	in this regard
    что касается	as for
    что касается	as regards
    по поводу	about
    по поводу	regarding
    по словам	according to
    согласно	according to
    по мнению	according to
    по мнению	in the opinion of
    упомянуть	mention
    упоминать	mention
    мнение	opinion
    мнение	view
    точка зрения	point of view
    точка зрения	view
    взгляд	view
    оценка	assessment
    оценка	estimate
    оценивать	assess
    оценивать	evaluate
    оценить	assess
    оценить	appreciate
    пояснить	explain
    пояснить	clarify
    пояснение	explanation
    пояснение	clarification
    уточнить	clarify
    уточнить	specify
    повторить	repeat
    повторить	reiterate
    напомнить	remind
    напомнить	recall
    подтвердить	confirm
    подтвердить	reaffirm
    опровержение	denial
    опровержение	refutation
    отрицать	deny
    быть	be
    являться	be
    стать	become
    становиться	become
    иметь	have
    есть	there is
    есть	there are
    нет	there is no
    мочь	can
    мочь	be able
    хотеть	want
    желать	wish
    должен	must
    должен	should
    должен	have to
    нужно	need
    нужно	necessary
    надо	need
    надо	must
    необходимо	necessary
    необходимо	must
    следует	should
    можно	can
    можно	possible
    можно	may
    нельзя	cannot
    нельзя	must not
    говорить	say
    говорить	speak
    говорить	talk
    сказать	say
    сказать	tell
    заявить	state
    заявить	declare
    заявить	say
    заявлять	state
    заявлять	declare
    сообщить	report
    сообщить	inform
    сообщить	announce
    сообщать	report
    сообщать	inform
    объявить	announce
    объявлять	announce
    отметить	note
    отметить	point out
    отмечать	note
    подчеркнуть	emphasize
    подчеркнуть	stress
    подчеркнуть	underline
    подчеркивать	emphasize
    подчеркивать	stress
    указать	point out
    указать	indicate
    указывать	point out
    указывать	indicate
    констатировать	note
    констатировать	state
    признать	admit
    признать	acknowledge
    признавать	admit
    признавать	acknowledge
    считать	believe
    считать	consider
    считать	think
    полагать	believe
    полагать	suppose
    думать	think
    верить	believe
    знать	know
    узнать	learn
    узнать	find out
    понимать	understand
    понять	understand
    видеть	see
    услышать	hear
    помнить	remember
    забыть	forget
    обсуждать	discuss
    обсудить	discuss
    рассмотреть	consider
    рассмотреть	examine
    рассматривать	consider
    рассматривать	examine
    изучить	study
    изучить	examine
    проанализировать	analyze
    обменяться	exchange
    обменяться мнениями	exchange views
    договориться	agree
    договориться	reach an agreement
    договариваться	agree
    договариваться	negotiate
    согласиться	agree
    соглашаться	agree
    согласовать	agree
    согласовать	coordinate
    достичь	reach
    достичь	achieve
    добиться	achieve
    добиться	secure
    вести	conduct
    вести	lead
    вести переговоры	negotiate
    вести переговоры	hold talks
    участвовать	participate
    участвовать	take part
    принять участие	take part
    присоединиться	join
    поддержать	support
    поддерживать	support
    поддерживать	maintain
    поддерживать контакты	maintain contacts
    выступать за	advocate
    выступать за	support
    возражать	object
    осудить	condemn
    осуждать	condemn
    критиковать	criticize
    отвергнуть	reject
    отвергать	reject
    отказаться	refuse
    отказаться	abandon
    отказаться	decline
    отказываться	refuse
    отказываться	abandon
    отклонить	reject
    отклонить	decline
    запретить	ban
    запретить	prohibit
    разрешить	allow
    разрешить	permit
    разрешить	resolve
    позволить	allow
    допустить	allow
    допустить	admit
    требовать	demand
    требовать	require
    призвать	call on
    призвать	urge
    призывать	call on
    призывать	urge
    просить	ask
    просить	request
    предлагать	propose
    предлагать	offer
    предлагать	suggest
    предложить	propose
    предложить	offer
    предложить	suggest
    рекомендовать	recommend
    предупредить	warn
    предупреждать	warn
    предупреждать	prevent
    обещать	promise
    гарантировать	guarantee
    обеспечить	ensure
    обеспечить	provide
    предоставить	provide
    предоставить	grant
    дать	give
    давать	give
    получить	receive
    получить	get
    получать	receive
    получать	get
    взять	take
    передать	transfer
    передать	convey
    передавать	transmit
    передавать	convey
    направить	send
    направить	direct
    направлять	send
    направлять	direct
    вернуть	return
    вернуться	return
    возобновить	resume
    возобновить	renew
    продолжить	continue
    продолжать	continue
    начать	begin
    начать	start
    начинать	begin
    начинать	start
    закончить	finish
    закончить	end
    завершить	complete
    завершить	conclude
    прекратить	stop
    прекратить	cease
    прекратить	end
    остановить	stop
    отменить	cancel
    отменить	lift
    снять	lift
    снять	remove
    ввести	introduce
    ввести	impose
    ввести санкции	impose sanctions
    расширить	expand
    расширить	extend
    укрепить	strengthen
    усилить	strengthen
    усилить	intensify
    ослабить	weaken
    ослабить	ease
    углубить	deepen
    развивать	develop
    создать	create
    создать	establish
    создавать	create
    учредить	establish
    сформировать	form
    восстановить	restore
    восстановить	rebuild
    сохранить	preserve
    сохранить	maintain
    сохранить	keep
    защитить	protect
    защитить	defend
    соблюдать	observe
    соблюдать	respect
    соблюдать	comply with
    нарушить	violate
    нарушить	break
    нарушать	violate
    уважать	respect
    учитывать	take into account
    учесть	take into account
    игнорировать	ignore
    использовать	use
    применять	apply
    применять	use
    пользоваться	use
    пользоваться	enjoy
    работать	work
    действовать	act
    действовать	operate
    сделать	do
    сделать	make
    делать	do
    делать	make
    решить	decide
    решить	solve
    решить	resolve
    решать	decide
    решать	solve
    выбрать	choose
    выбрать	elect
    избрать	elect
    назначить	appoint
    назначить	schedule
    назначать	appoint
    уйти в отставку	resign
    возглавить	lead
    возглавить	head
    руководить	lead
    руководить	manage
    руководить	direct
    управлять	manage
    управлять	govern
    управлять	control
    контролировать	control
    контролировать	monitor
    проверить	check
    проверить	verify
    наблюдать	observe
    наблюдать	watch
    готовить	prepare
    подготовить	prepare
    планировать	plan
    намереваться	intend
    ожидать	expect
    ожидать	wait
    надеяться	hope
    рассчитывать	count on
    рассчитывать	expect
    опасаться	fear
    волновать	concern
    волновать	worry
    сожалеть	regret
    поздравить	congratulate
    выразить	express
    выразить соболезнования	express condolences
    выразить озабоченность	express concern
    показать	show
    доказать	prove
    объяснить	explain
    называть	call
    называть	name
    представить	present
    представить	introduce
    представлять	represent
    представлять	present
    внести вклад	contribute
    содействовать	promote
    содействовать	facilitate
    способствовать	contribute to
    способствовать	promote
    помочь	help
    помочь	assist
    мешать	hinder
    мешать	prevent
    препятствовать	obstruct
    препятствовать	impede
    блокировать	block
    предотвратить	prevent
    предотвратить	avert
    избежать	avoid
    урегулировать	settle
    урегулировать	resolve
    преодолеть	overcome
    бороться	fight
    бороться	combat
    противостоять	resist
    противостоять	counter
    противодействовать	counter
    противодействовать	counteract
    ответить	retaliate
    реагировать	react
    реагировать	respond
    атаковать	attack
    нанести удар	strike
    уничтожить	destroy
    разрушить	destroy
    захватить	seize
    захватить	capture
    задержать	detain
    задержать	arrest
    вывести	withdraw
    вывести	remove
    отвести	pull back
    отвести	withdraw
    отвести войска	pull back troops
    поставлять	supply
    поставлять	deliver
    поставить	supply
    поставить	deliver
    инвестировать	invest
    производить	produce
    производить	manufacture
    расти	grow
    расти	increase
    зависеть	depend
    составлять	amount to
    составлять	make up
    составить	amount to
    составить	draw up
    касаться	concern
    касаться	relate to
    относиться	relate to
    относиться	treat
    связать	link
    связать	connect
    связаться	contact
    связаться	get in touch
    встретиться	meet
    побеседовать	talk
    побеседовать	have a conversation
    позвонить	call
    позвонить	phone
    написать	write
    находиться	be located
    находиться	be
    оставаться	remain
    оставаться	stay
    существовать	exist
    происходить	happen
    происходить	take place
    произойти	happen
    произойти	occur
    прийти	come
    приехать	come
    приехать	arrive
    поехать	go
    поехать	travel
    выйти	leave
    выйти	withdraw
    войти	enter
    идти	go
    поставить вопрос	raise a question
    поднять вопрос	raise an issue
    затронуть	touch upon
    затронуть	raise
    поднять	raise
    открыть	open
    закрыть	close
    найти	find
    победить	win
    победить	defeat
    удалось	managed
    удалось	succeeded
    стремиться	seek
    стремиться	strive
    пытаться	try
    пытаться	attempt
    стараться	try
    изменить	change
    измениться	change
    улучшить	improve
    ухудшить	worsen
    ухудшиться	deteriorate
    ухудшиться	worsen
    обостриться	escalate
    обостриться	worsen
    нормализовать	normalize
    стабилизировать	stabilize
    дестабилизировать	destabilize
    спровоцировать	provoke
    вмешаться	interfere
    вмешаться	intervene
    навязывать	impose
    скрывать	hide
    скрывать	conceal
    обнародовать	make public
    обнародовать	publish
    распространять	spread
    распространять	distribute
    утверждать	claim
    утверждать	approve
    одобрить	approve
    одобрить	endorse
    вступить в силу	enter into force
    действовать	be in force
    истечь	expire
    соответствовать	correspond
    соответствовать	comply
    отвечать интересам	serve the interests
    извиниться	apologize
    убедить	convince
    убедить	persuade
    настаивать	insist
    исходить из	proceed from
    опираться	rely on
    доверять	trust
    оправдывать	justify
    объединить	unite
    ситуация	situation
    положение	situation
    положение	position
    положение	provision
    обстановка	situation
    обстановка	environment
    обстоятельство	circumstance
    обстоятельства	circumstances
    условие	condition
    условия	conditions
    условия	terms
    проблема	problem
    проблема	issue
    тема	topic
    тема	subject
    дело	matter
    дело	affair
    дело	case
    случай	case
    случай	instance
    факт	fact
    событие	event
    события	events
    процесс	process
    ход	course
    ход	move
    шаг	step
    шаги	steps
    мера	measure
    меры	measures
    действие	action
    действия	actions
    акция	action
    акция	campaign
    деятельность	activity
    деятельность	work
    работа	work
    усилие	effort
    усилия	efforts
    попытка	attempt
    цель	goal
    цель	aim
    цель	objective
    задача	task
    задача	objective
    намерение	intention
    план	plan
    программа	program
    стратегия	strategy
    концепция	concept
    подход	approach
    политика	policy
    политика	politics
    курс	policy
    линия	line
    линия	policy
    путь	way
    путь	road
    способ	way
    способ	means
    средство	means
    средство	tool
    средства	means
    средства	funds
    инструмент	instrument
    инструмент	tool
    механизм	mechanism
    система	system
    архитектура	architecture
    архитектура безопасности	security architecture
    основа	basis
    основа	foundation
    основы	foundations
    основы	fundamentals
    принцип	principle
    принципы	principles
    норма	norm
    норма	standard
    стандарт	standard
    правило	rule
    закон	law
    законодательство	legislation
    право	right
    право	law
    права	rights
    обязанность	duty
    обязанность	obligation
    ответственность	responsibility
    ответственность	liability
    вина	fault
    вина	guilt
    роль	role
    место	place
    место	venue
    значение	importance
    значение	significance
    значение	meaning
    важность	importance
    смысл	meaning
    смысл	sense
    суть	essence
    суть	substance
    содержание	content
    содержание	substance
    характер	nature
    характер	character
    форма	form
    вид	kind
    вид	type
    тип	type
    пример	example
    причина	reason
    причина	cause
    повод	reason
    повод	pretext
    результат	result
    результат	outcome
    итог	result
    итог	outcome
    итоги	results
    итоги	outcome
    последствие	consequence
    последствия	consequences
    последствия	implications
    влияние	influence
    влияние	impact
    успех	success
    провал	failure
    провал	fiasco
    прогресс	progress
    достижение	achievement
    перспектива	prospect
    перспектива	perspective
    перспективы	prospects
    возможность	opportunity
    возможность	possibility
    возможности	opportunities
    возможности	capabilities
    шанс	chance
    потенциал	potential
    ресурс	resource
    ресурсы	resources
    интерес	interest
    интересы	interests
    национальные интересы	national interests
    забота	concern
    забота	care
    озабоченность	concern
    обеспокоенность	concern
    тревога	alarm
    тревога	concern
    опасение	fear
    опасение	concern
    опасения	concerns
    опасения	fears
    претензия	claim
    претензия	complaint
    претензии	claims
    претензии	grievances
    требование	demand
    требование	requirement
    требования	demands
    требования	requirements
    просьба	request
    запрос	request
    запрос	inquiry
    призыв	call
    призыв	appeal
    обращение	appeal
    обращение	address
    послание	message
    послание	address
    письмо	letter
    сигнал	signal
    знак	sign
    жест	gesture
    намек	hint
    совет	advice
    идея	idea
    мысль	thought
    мысль	idea
    взгляд	look
    позиция	position
    позиция	stance
    отношение	attitude
    отношение	relation
    тон	tone
    слова	words
    высказывание	statement
    высказывание	remark
    утверждение	claim
    утверждение	assertion
    аргумент	argument
    факты	facts
    правда	truth
    ложь	lie
    ложь	lies
    ошибка	mistake
    ошибка	error
    сторона	side
    сторона	party
    стороны	sides
    стороны	parties
    участник	participant
    участник	party
    участники	participants
    страна	country
    страны	countries
    государство	state
    государство	country
    нация	nation
    народ	people
    народ	nation
    люди	people
    человек	person
    человек	people
    человечество	humanity
    человечество	mankind
    общество	society
    общество	public
    общественность	public
    население	population
    жители	residents
    жители	inhabitants
    земля	land
    земля	ground
    территория	territory
    пространство	space
    пространство	area
    зона	zone
    зона	area
    район	area
    район	district
    область	region
    область	field
    область	area
    сфера	sphere
    сфера	area
    сфера	field
    направление	direction
    направление	area
    направление	track
    трек	track
    масштаб	scale
    размер	size
    размер	amount
    часть	part
    доля	share
    участие	participation
    участие	involvement
    вклад	contribution
    авторитет	authority
    авторитет	prestige
    репутация	reputation
    власть	power
    власть	authority
    власти	authorities
    режим	regime
    режим	mode
    элита	elite
    руководство	leadership
    руководство	management
    команда	team
    группа	group
    круги	circles
    силы	forces
    сила	force
    сила	power
    история	history
    история	story
    память	memory
    традиция	tradition
    культура	culture
    культурный	cultural
    язык	language
    ценности	values
    ценность	value
    дети	children
    женщина	woman
    молодежь	youth
    молодежь	young people
    жизнь	life
    здоровье	health
    прошлое	past
    реальность	reality
    вывод	conclusion
    выводы	conclusions
    опыт	experience
    понимание	understanding
    согласие	consent
    согласие	agreement
    поддержка	support
    солидарность	solidarity
    дружба	friendship
    добрососедство	good-neighbourliness
    сосед	neighbour
    противник	adversary
    противник	opponent
    оппонент	opponent
    враг	enemy
    вызовы	challenges
    трудность	difficulty
    трудности	difficulties
    препятствие	obstacle
    рамки	framework
    в рамках	within the framework of
    платформа	platform
    канал	channel
    связь	connection
    связь	link
    связь	communication
    интернет	internet
    список	list
    перечень	list
    пункт	point
    пункт	item
    положения	provisions
    вариант	option
    вариант	version
    выбор	choice
    необходимость	necessity
    необходимость	need
    отсутствие	absence
    отсутствие	lack
    изменение	change
    изменения	changes
    реформа	reform
    переход	transition
    тенденция	trend
    тенденция	tendency
    динамика	dynamics
    темпы	pace
    темпы	rates
    порядок	order
    порядок	procedure
    процедура	procedure
    график	schedule
    мероприятие	event
    мероприятия	events
    мероприятия	activities
    приоритет	priority
    приоритеты	priorities
    внимание	attention
    специалист	specialist
    специалист	expert
    лицо	person
    лицо	face
    имя	name
    название	name
    название	title
    должность	post
    должность	position
    пост	post
    пост	office
    кандидат	candidate
    общественное мнение	public opinion
    опрос	poll
    опрос	survey
    важный	important
    важнейший	most important
    важнейший	key
    главный	main
    главный	chief
    основной	main
    основной	basic
    основной	principal
    ключевой	key
    центральный	central
    существенный	substantial
    существенный	significant
    значительный	significant
    значительный	considerable
    серьезный	serious
    большой	large
    большой	great
    крупный	large
    крупный	major
    огромный	huge
    огромный	enormous
    великий	great
    маленький	small
    небольшой	small
    высокий	high
    низкий	low
    широкий	broad
    широкий	wide
    долгий	long
    краткий	brief
    краткий	short
    долгосрочный	long-term
    краткосрочный	short-term
    новый	new
    старый	old
    традиционный	traditional
    современный	modern
    современный	contemporary
    актуальный	topical
    актуальный	relevant
    актуальный	pressing
    острый	acute
    острый	sharp
    срочный	urgent
    чрезвычайный	extraordinary
    чрезвычайный	emergency
    особый	special
    особый	particular
    специальный	special
    конкретный	specific
    конкретный	concrete
    определенный	certain
    определенный	definite
    общий	common
    общий	general
    общий	overall
    совместный	joint
    коллективный	collective
    единый	single
    единый	unified
    единый	common
    взаимный	mutual
    взаимный	reciprocal
    всеобъемлющий	comprehensive
    комплексный	comprehensive
    комплексный	integrated
    полный	full
    полный	complete
    окончательный	final
    предварительный	preliminary
    временный	temporary
    временный	interim
    постоянный	permanent
    постоянный	constant
    регулярный	regular
    очередной	next
    очередной	regular
    очередной	another
    официальный	official
    неофициальный	unofficial
    неофициальный	informal
    публичный	public
    открытый	open
    конфиденциальный	confidential
    откровенный	frank
    откровенный	candid
    честный	honest
    честный	fair
    прямой	direct
    конструктивный	constructive
    позитивный	positive
    негативный	negative
    продуктивный	productive
    плодотворный	fruitful
    полезный	useful
    эффективный	effective
    эффективный	efficient
    неэффективный	ineffective
    успешный	successful
    хороший	good
    плохой	bad
    лучший	best
    лучший	better
    худший	worst
    худший	worse
    правильный	right
    правильный	correct
    ложный	false
    реальный	real
    реальный	realistic
    возможный	possible
    невозможный	impossible
    вероятный	likely
    вероятный	probable
    очевидный	obvious
    очевидный	evident
    ясный	clear
    понятный	clear
    понятный	understandable
    простой	simple
    сложный	complex
    сложный	difficult
    трудный	difficult
    трудный	hard
    тяжелый	grave
    тяжелый	hard
    необходимый	necessary
    достаточный	sufficient
    дополнительный	additional
    принципиальный	principled
    принципиальный	fundamental
    фундаментальный	fundamental
    стратегический	strategic
    политический	political
    правовой	legal
    юридический	legal
    обязывающий	binding
    законный	lawful
    законный	legitimate
    незаконный	illegal
    незаконный	unlawful
    неприемлемый	unacceptable
    приемлемый	acceptable
    недопустимый	inadmissible
    недопустимый	unacceptable
    справедливый	just
    справедливый	fair
    несправедливый	unjust
    несправедливый	unfair
    равный	equal
    свободный	free
    независимый	independent
    нейтральный	neutral
    объективный	objective
    предвзятый	biased
    враждебный	hostile
    недружественный	unfriendly
    дружественный	friendly
    мирный	peaceful
    вооруженный	armed
    жесткий	tough
    жесткий	harsh
    сильный	strong
    мощный	powerful
    безопасный	safe
    безопасный	secure
    безответственный	irresponsible
    ответственный	responsible
    провокационный	provocative
    необоснованный	unfounded
    необоснованный	unjustified
    обоснованный	justified
    обоснованный	well-founded
    иностранный	foreign
    зарубежный	foreign
    зарубежный	overseas
    внешний	external
    внешний	foreign
    внутренний	internal
    внутренний	domestic
    национальный	national
    государственный	national
    социальный	social
    собственный	own
    другой	other
    другой	another
    другой	different
    различный	various
    различный	different
    разный	different
    разный	various
    подобный	similar
    подобный	such
    тот же	the same
    целый	whole
    целый	entire
    весь	all
    весь	whole
    любой	any
    известный	well-known
    известный	known
    так называемый	so-called
    настоящий	present
    настоящий	real
    бывший	former
    действующий	current
    действующий	incumbent
    действующий	acting
    ближайший	closest
    ближайший	next
    близкий	close
    дорогой	dear
    дорогой	expensive
    уважаемый	respected
    готовый	ready
    способный	capable
    способный	able
    заинтересованный	interested
    очень	very
    весьма	quite
    весьма	highly
    крайне	extremely
    слишком	too
    довольно	rather
    довольно	quite
    достаточно	enough
    достаточно	sufficiently
    вполне	quite
    вполне	fully
    совершенно	completely
    совершенно	absolutely
    абсолютно	absolutely
    полностью	fully
    полностью	completely
    частично	partially
    частично	partly
    практически	practically
    практически	virtually
    почти	almost
    почти	nearly
    около	about
    около	around
    около	near
    примерно	approximately
    примерно	about
    более	more
    более	over
    менее	less
    больше	more
    меньше	less
    меньше	fewer
    свыше	over
    свыше	more than
    лишь	only
    только	only
    только	just
    именно	exactly
    именно	precisely
    действительно	indeed
    действительно	really
    фактически	in fact
    фактически	effectively
    по сути	in essence
    по сути	essentially
    очевидно	obviously
    ясно	clearly
    открыто	openly
    публично	publicly
    официально	officially
    лично	personally
    вместе	together
    совместно	jointly
    активно	actively
    тесно	closely
    внимательно	carefully
    внимательно	closely
    тщательно	carefully
    тщательно	thoroughly
    серьезно	seriously
    подробно	in detail
    кратко	briefly
    быстро	quickly
    немедленно	immediately
    постепенно	gradually
    снова	again
    вновь	again
    вновь	anew
    также	also
    также	too
    тоже	also
    тоже	too
    еще раз	once again
    особенно	especially
    особенно	particularly
    прежде	before
    прежде	previously
    ранее	earlier
    ранее	previously
    заранее	in advance
    впервые	for the first time
    пока	so far
    пока	for now
    пока	while
    по-прежнему	still
    по-прежнему	as before
    далее	further
    здесь	here
    там	there
    где	where
    куда	where
    как	how
    как	as
    как	like
    так	so
    так	thus
    почему	why
    зачем	why
    зачем	what for
    поэтому	therefore
    поэтому	that is why
    потому	because
    когда	when
    сколько	how much
    сколько	how many
    насколько	as far as
    насколько	how much
    вряд ли	hardly
    вряд ли	unlikely
    возможно	possibly
    возможно	perhaps
    возможно	maybe
    может быть	maybe
    может быть	perhaps
    наверное	probably
    вероятно	probably
    видимо	apparently
    якобы	allegedly
    якобы	supposedly
    точно	exactly
    точно	precisely
    правильно	correctly
    правильно	right
    в основном	mainly
    в основном	mostly
    вообще	in general
    вообще	at all
    совсем	quite
    совсем	completely
    совсем	at all
    ни в коем случае	under no circumstances
    как минимум	at least
    по крайней мере	at least
    даже	even
    я	i
    мы	we
    вы	you
    он	he
    она	she
    они	they
    меня	me
    нас	us
    вас	you
    его	him
    его	his
    его	its
    ее	her
    ее	hers
    их	them
    их	their
    мой	my
    мой	mine
    наш	our
    наш	ours
    ваш	your
    ваш	yours
    свой	one's own
    свой	own
    себя	oneself
    себя	themselves
    сам	oneself
    сам	himself
    самый	the most
    самый	the very
    этот	this
    эти	these
    тот	that
    те	those
    такой	such
    который	which
    который	who
    который	that
    кто	who
    что	what
    что	that
    какой	what
    какой	which
    все	everything
    все	all
    все	everybody
    ничто	nothing
    ничего	nothing
    никто	nobody
    никто	no one
    кто-то	somebody
    кто-то	someone
    что-то	something
    друг друга	each other
    друг друга	one another
    в	in
    в	into
    в	at
    на	on
    на	at
    на	to
    с	with
    с	from
    с	since
    к	to
    к	towards
    по	on
    по	by
    по	along
    по	according to
    о	about
    о	of
    об	about
    от	from
    от	of
    из	from
    из	of
    из	out of
    до	until
    до	before
    до	to
    после	after
    перед	before
    перед	in front of
    за	for
    за	behind
    под	under
    над	over
    над	above
    при	under
    при	during
    при	with
    через	through
    через	across
    между	between
    между	among
    среди	among
    без	without
    для	for
    против	against
    вокруг	around
    вместо	instead of
    кроме	except
    кроме	besides
    помимо	besides
    помимо	apart from
    благодаря	thanks to
    вопреки	despite
    вопреки	contrary to
    несмотря на	despite
    несмотря на	in spite of
    в ходе	during
    в ходе	in the course of
    в течение	during
    в течение	within
    в течение	for
    в результате	as a result of
    в связи с	in connection with
    в связи с	due to
    из-за	because of
    в отношении	regarding
    в отношении	with respect to
    относительно	regarding
    относительно	concerning
    в интересах	in the interests of
    на основе	on the basis of
    в соответствии с	in accordance with
    со стороны	on the part of
    со стороны	by
    в адрес	at
    в адрес	towards
    накануне	on the eve of
    накануне	the day before
    по итогам	following
    по итогам	as a result of
    и	and
    а	and
    а	but
    а	whereas
    но	but
    однако	however
    однако	but
    или	or
    либо	or
    либо	either
    ни	neither
    ни	nor
    ни	not
    не	not
    если	if
    ли	whether
    ли	if
    то	then
    хотя	although
    хотя	though
    чтобы	in order to
    чтобы	so that
    потому что	because
    так как	since
    так как	because
    поскольку	since
    поскольку	as
    поскольку	because
    пока	until
    как только	as soon as
    так что	so that
    так что	so
    также	as well as
    как и	as well as
    как и	like
    не только	not only
    но и	but also
    причем	moreover
    причем	and
    то есть	i.e.
    иначе	otherwise
    значит	so
    значит	it means
    следовательно	consequently
    следовательно	therefore
    итак	thus
    а также	as well as
    а также	and also
    рекорд	record
    рекордный	record
    жаловаться	complain
    жалоба	complaint
    фиксировать	record
    зафиксировать	record
    мяч	ball
    конкретика	specifics
    конкретика	specific
    специфика	specifics
    повторять	repeat
    достойный	worthy
    достойный	decent
    адекватный	adequate
    возобновлять	resume
    прервать	interrupt
    прерывать	interrupt
    прерванный	interrupted
    счёт	account
    банковский	bank
    арендовать	rent
    аренда	lease
    аренда	rent
    помещение	premises
    юридически	legally
    планета	planet
    неоколониальный	neocolonial
    решительно	firmly
    решительно	resolutely
    впечатление	impression
    насыщенный	busy
    насыщенный	intense
    сайт	site
    сайт	website
    вино	wine
    классика	classics
    крепкий	strong
    напоминать	remind
    еженедельный	weekly
    пресс-центр	press centre
    пресс-центр	press center
    жалеть	regret
    дефицит	deficit
    удобрение	fertiliser
    удобрение	fertilizer
    уголь	coal
    учение	exercise
    ранение	injury
    раненый	wounded
    пленный	prisoner
    газета	newspaper
    телеканал	tv channel
    партнёр	partner
    соперник	rival
    конкурент	competitor
    турне	tour
    запрет	ban
    избиратель	voter
    поражение	defeat
    митинг	rally
    судья	judge
    приговор	sentence
    свидетель	witness
    законопроект	bill
    конституция	constitution
    коррупция	corruption
    наркотик	drug
    преступность	crime
    хакер	hacker
    выброс	emission
    студент	student
    университет	university
    учёный	scientist
    спорт	sport
    олимпийский	olympic
    спортсмен	athlete
    турист	tourist
    авиасообщение	air traffic
    рейс	flight
    аэропорт	airport
    судно	vessel
    самолёт	aircraft
    вертолёт	helicopter
    солдат	soldier
    офицер	officer
    командование	command
    шпион	spy
    отозвать	recall
    отзыв	recall
    окружающая среда	environment
    """
}
