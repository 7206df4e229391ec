/**
 * Small general word lists the extractors reason with. Kept as data so a rule reads as
 * "a title word before a name", never as a particular article's words.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Honorifics: they say "person" and are never part of the name. */
export const HONORIFICS = set(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady madam mx sheikh sheik
`);

/**
 * Title heads: the last word of a title written before a name ("Defence Minister", "General",
 * "chief executive"). They also say "person".
 */
export const TITLE_HEADS = set(`
  president vice-president premier chancellor minister secretary ambassador governor mayor senator
  congressman congresswoman representative judge justice king queen prince princess emperor emir
  pope cardinal bishop archbishop imam rabbi reverend rev father pastor
  general gen gen. colonel col col. major lieutenant lt lt. captain capt capt. sergeant sgt admiral cllr cllr.
  commander marshal brigadier corporal private officer constable
  executive ceo chairman chairwoman chairperson chair director manager spokesman spokeswoman spokesperson
  founder co-founder analyst economist professor lecturer inspector superintendent commissioner
  chief coach striker defender goalkeeper midfielder captain mp councillor councilor leader
  doctor nurse engineer lawyer attorney solicitor barrister prosecutor administrator investor
`);

/** Words that may precede a title head inside one title: "Prime Minister", "chief executive". */
export const TITLE_MODIFIERS = set(`
  prime vice deputy acting interim former chief senior junior foreign defence defense interior detective
  finance health education justice home economy energy trade transport foreign-affairs
  managing executive operating financial technology marketing general attorney lieutenant
  police army military fire state regional provincial district city county national federal
  opposition party rebel team head assistant associate first second
`);

/**
 * Role nouns that name a person by office ("the defence minister", "the Observatory's chief").
 * A subset of title heads plus a few that are not written before names.
 */
export const ROLE_NOUNS = new Set<string>([
  ...TITLE_HEADS,
  ...set(`official spokesperson head boss ruler monarch commander-in-chief prosecutor researcher
    scientist seismologist expert witness resident survivor owner`),
]);

/** Nouns for a person that say nothing of an office: "A 34-year-old man was charged …". */
export const PERSON_NOUNS = set(`
  man woman boy girl teenager teen child person pensioner driver pedestrian passenger motorist
  cyclist student pupil worker employee mother father son daughter wife husband tourist hiker
  climber patient suspect defendant victim farmer fisherman businessman businesswoman
  accountant lawyer teacher pilot soldier gunman activist journalist reporter campaigner
  crew customer voter fighter civilian spectator fan supporter member staff firefighter protester
  refugee migrant evacuee inhabitant citizen adult resident people
  artist painter sculptor writer author novelist poet singer musician composer actor actress dancer
  illustrator cartoonist playwright screenwriter translator pianist violinist guitarist comedian
  photographer filmmaker designer architect doctor nurse surgeon engineer mechanic chef guard
  analyst economist historian curator collector dealer banker trader investor entrepreneur
  athlete player striker goalkeeper runner swimmer neighbour friend colleague brother sister
  grandmother grandfather widow veteran volunteer physicist chemist biologist geologist hydrologist
  archaeologist
  astronaut priest magnate tycoon billionaire millionaire industrialist heir heiress miner inmate
  prisoner escapee fugitive convict killer murderer robber thief burglar hacker rescuer survivor
  relative schoolteacher headteacher headmaster headmistress auctioneer forecaster meteorologist
  scientist researcher volcanologist opponent critic loyalist aide adviser
  advisor winner runner-up finalist semi-finalist semifinalist
  vet veterinarian dentist pharmacist paramedic midwife plumber electrician carpenter builder baker
  butcher shopkeeper publican landlord landlady librarian lecturer gardener caretaker
  mum mom dad grandma grandpa granny grandad grandson granddaughter uncle aunt nephew niece cousin
`);

/** A noun that can only name a person: "farmer", "minister", "spokesperson". */
export const isPersonWord = (word: string): boolean => PERSON_NOUNS.has(word) || ROLE_NOUNS.has(word);

/** A person noun in the singular or the plural: "nurses", "firemen". */
export function isPersonNoun(word: string): boolean {
  if (isPersonWord(word)) return true;
  // Asked of every noun of a question and of many a candidate's: the plural's ending is cut off
  // without a regular expression, and only when it is there (without it the word is already tested).
  if (word.endsWith('men') && isPersonWord(`${word.slice(0, -3)}man`)) return true;
  return word.endsWith('s') && isPersonWord(word.slice(0, -1));
}

/** Heads of public bodies' names that may join two words with "and": "Fire and Rescue Service". */
export const INSTITUTION_WORDS = set(`
  service services council authority agency department commission institute association society
  board bureau office ministry trust foundation directorate
`);

/** Last words of institutions named after their place: "Aldersund Technical University", "Kellbrook Crown Court". */
export const PLACE_INSTITUTIONS = set(`
  university college court council hospital airport police school station prison library museum
  cathedral stadium park port harbour zoo
`);

/** Last words of names of buildings and grounds: "St Anselm Hospital" is where someone was taken, though a hospital is also an organisation. */
export const BUILDING_HEADS = set(`
  hospital clinic school university college academy museum gallery library theatre theater stadium
  arena airport station port harbour prison jail court hall palace hotel church cathedral mosque temple
  park square bridge market centre center plant factory mine zoo base camp
`);

/** A word in a name that makes it an organisation: "Observatory", "Agency", "Ltd", "FM". */
export const ORG_WORDS = set(`
  agency observatory group army council ministry department inc inc. ltd ltd. llc plc corp corp.
  corporation company co co. fm tv radio news times post herald journal gazette press network
  bank university college school hospital institute institution foundation association society
  union federation league party committee commission board bureau office authority service services
  court parliament assembly congress senate government police forces force navy brigade battalion
  militia front movement alliance coalition organisation organization centre center club team
  holdings industries airlines airways motors systems technologies labs laboratories partners
  capital group energy petroleum oil mining insurance media broadcasting exchange fund trust
  council red cross crescent guard guards corps command shipping securities logistics
  airline bancorp ventures museum gallery library theatre theater orchestra opera academy division
  guild syndicate cooperative co-operative confederation chamber consortium
  rescue sanctuary partnership fc directorate
`);

/** Lower-case nouns right after a name that say what it is: "X province", "X group". */
export const PLACE_AFTER = set(`
  province city town village region district county state governorate prefecture municipality
  island islands river valley mountain mountains lake sea coast bay peninsula border area
  capital neighbourhood neighborhood suburb street square airport port harbour harbor
`);
export const ORG_AFTER = set(`
  group agency company firm party militia army government ministry council organisation
  organization network channel newspaper broadcaster bank movement faction coalition alliance
  operator operators carrier retailer manufacturer maker airline insurer lender publisher provider
  supplier contractor club
`);

/** Nouns that introduce a place by "the N of X": "the city of Hama", "the province of Idlib". */
export const PLACE_BEFORE_OF = set(`
  city town village province region district county state capital island port
  outskirts suburbs centre center heart north south east west
`);

/** Words that open a clause and so end a description written after a name ("Talla, where …", "Rhys Moor, who …"). */
export const DESCRIPTION_STOP = set(`where which who whom whose when while because although though after before since as`);

/** Prepositions after which a name is most often a place. */
export const PLACE_PREPOSITIONS = set(`in into at near from to toward towards outside inside across around through via`);

/** Lemmas of verbs that report speech. */
export const REPORTING_VERBS = set(`
  say tell add report announce state claim confirm deny insist warn note explain write quote
  estimate predict argue allege acknowledge admit declare reply respond tweet post
  suggest stress emphasise emphasize assert maintain reiterate contend concede
`);

/** Verbs that, with a that-clause, make the clause a reported claim but never a quote introducer. */
export const NON_QUOTE_REPORTING = set(`estimate predict`);

/** Verbs that put a quoted description on something: "called the decision “the right call”". */
export const DESCRIBING_VERBS = set(`call describe label brand dub term`);

/** Persons' pronouns and organisations' pronouns, for speaker resolution. */
export const PERSON_PRONOUNS = set(`he she him her`);
export const THING_PRONOUNS = set(`it they`);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['thousand', 1000],
  ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['dozen', 12], ['half', 0.5],
]);

/** Multipliers written after a number: "4.2 billion", "300m", "5bn". */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1000], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['m', 1e6], ['mn', 1e6], ['bn', 1e9], ['b', 1e9], ['k', 1000], ['tn', 1e12],
]);

/** Plural nouns that are vague counts by themselves: "dozens of fighters". */
export const VAGUE_COUNTS = set(`dozens hundreds thousands millions billions scores tens`);

/** Words before a number that qualify it and belong to its text. */
/** Qualifiers written before a number, longest first: "at least 42", "more than 300", "for almost an hour". */
export const QUALIFIER_PHRASES: readonly (readonly string[])[] = [
  ['as', 'many', 'as'], ['at', 'least'], ['at', 'most'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['up', 'to'],
  ['about'], ['around'], ['approximately'], ['nearly'], ['almost'], ['roughly'], ['some'], ['over'], ['under'], ['only'], ['just'], ['an', 'estimated'], ['estimated'],
  // "several hundred students", "a few thousand people": vague counts (see numbers.ts).
  ['several'], ['a', 'few'],
];

export const NUMBER_QUALIFIERS = set(`about around approximately nearly almost roughly some over under least most more than fewer less up to only just`);

export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₺', 'TRY'], ['₩', 'KRW'],
]);
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'],
  ['pounds', 'GBP'], ['sterling', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'], ['rupees', 'INR'],
  ['francs', 'CHF'], ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'], ['crowns', 'crowns'], ['kroner', 'kroner'],
  // Read only right after a number, so "marks" or "rand" here are money, not a score or a name.
  ['marks', 'marks'], ['krona', 'kronor'], ['kronor', 'kronor'], ['krone', 'kroner'], ['zloty', 'PLN'], ['zlotys', 'PLN'],
  ['forints', 'HUF'], ['rand', 'ZAR'], ['pesos', 'pesos'], ['rupee', 'INR'], ['lira', 'TRY'], ['shekels', 'ILS'],
  ['dinars', 'dinars'], ['dirhams', 'AED'], ['reais', 'BRL'], ['ringgit', 'MYR'], ['baht', 'THB'], ['naira', 'NGN'],
  ['shillings', 'shillings'], ['roubles', 'RUB'], ['rubles', 'RUB'], ['hryvnias', 'UAH'], ['renminbi', 'CNY'], ['cents', 'cents'],
  ['florins', 'florins'], ['guilders', 'guilders'], ['thalers', 'thalers'], ['ducats', 'ducats'], ['dalers', 'dalers'], ['lei', 'RON'],
  ['leva', 'BGN'], ['kuna', 'HRK'], ['rupiah', 'IDR'], ['dong', 'VND'],
  ['dinar', 'dinars'], ['dirham', 'AED'], ['shilling', 'shillings'], ['rouble', 'RUB'], ['ruble', 'RUB'], ['hryvnia', 'UAH'],
  ['riyal', 'SAR'], ['riyals', 'SAR'], ['rial', 'rials'], ['rials', 'rials'], ['taka', 'BDT'], ['tenge', 'KZT'], ['manat', 'manat'],
  ['lari', 'GEL'], ['kwacha', 'kwacha'], ['cedi', 'GHS'], ['cedis', 'GHS'], ['birr', 'ETB'], ['kyat', 'MMK'], ['afghanis', 'AFN'],
  ['bolivars', 'VES'], ['soles', 'PEN'], ['colones', 'CRC'], ['quetzales', 'GTQ'], ['lempiras', 'HNL'], ['guaranis', 'PYG'],
  ['denars', 'MKD'], ['pence', 'GBP pence'], ['kopecks', 'kopecks'],
]);

export type UnitKind = 'distance' | 'weight' | 'area' | 'speed' | 'temperature' | 'duration' | 'other';

/** Units by written form or lemma: `form[,form…]=kind:canonical`. */
const UNIT_TABLE = `
  kilometre,kilometer,kilometres,kilometers,km,kms=distance:km  mile,miles,mi=distance:mile
  metre,meter,metres,meters=distance:m  foot,feet,ft=distance:ft  yard,yards=distance:yard
  centimetre,centimetres,centimeter,centimeters,cm=distance:cm  millimetre,millimetres,millimeter,millimeters,mm=distance:mm
  inch,inches=distance:inch
  tonne,tonnes,ton,tons=weight:tonne  kilogram,kilograms,kilogramme,kg,kgs=weight:kg  gram,grams,gramme,grammes=weight:g  lb,lbs=weight:lb
  hectare,hectares=area:hectare  acre,acres=area:acre
  mph=speed:mph  knots=speed:knot  kph,km/h=speed:km/h
  degree,degrees,°c,celsius=temperature:°C  °f,fahrenheit=temperature:°F
  second,seconds=duration:second  minute,minutes=duration:minute  hour,hours=duration:hour  day,days=duration:day
  week,weeks=duration:week  month,months=duration:month  year,years=duration:year  decade,decades=duration:decade
  magnitude=other:magnitude
  megawatt,megawatts,mw=other:MW  gigawatt,gigawatts,gw=other:GW  kilowatt,kilowatts,kw=other:kW
  litre,litres,liter,liters=other:litre
`;

export const UNITS: ReadonlyMap<string, { kind: UnitKind; unit: string }> = new Map(
  UNIT_TABLE.trim()
    .split(/\s+/)
    .flatMap((entry) => {
      const [forms, value] = entry.split('=');
      const [kind, unit] = value.split(':');
      return forms.split(',').map((f) => [f, { kind: kind as UnitKind, unit }] as const);
    }),
);

/** Words after a distance that say what it measures: "away from Homs", "south of the capital". */
export const DISTANCE_RELATIONS = set(`
  away from off of to north south east west northeast northwest southeast southwest north-east
  north-west south-east south-west outside inland offshore beyond short long wide high deep below above
  inside into up down
`);

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);
const MONTH_ABBREVIATIONS: ReadonlyArray<[string, number]> = [
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9],
  ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
];
/** Months by name, short form, and short form with its stop as news agencies write it ("Jan. 28"). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ...MONTH_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS.map(([short, n]): [string, number] => [`${short}.`, n]),
]);
/** Words next to a weekday or date that belong to its text: "late on Thursday", "Friday night". */
export const TIME_BEFORE = set(`early late on last next this since until by before after from`);
export const TIME_AFTER = set(`morning afternoon evening night`);
/** Prepositions kept with a year because they change its meaning: "until 2014". */
export const YEAR_PREPOSITIONS = set(`until till since by before after from through`);
/** Eras after a year, as written (capitals: "5 ad campaigns" are adverts): "around 1300 BC" is a year, not 1,300 of something. */
export const ERAS: ReadonlySet<string> = new Set(['BC', 'BCE', 'B.C.', 'AD', 'CE', 'A.D.']);
export const TIME_UNITS = set(`second seconds minute minutes hour hours day days week weeks month months year years decade decades century`);
export const RELATIVE_DIRECTIONS = set(`after before later earlier ago`);
/** Words that tell a time from now when a unit follows: "last year", "this week", "next month". */
export const DEICTIC_OPENERS = set(`last this next`);
export const DEICTIC_DAYS: ReadonlyMap<string, number> = new Map([
  ['today', 0], ['yesterday', -1], ['tomorrow', 1], ['tonight', 0],
]);

/** Determiners and possessives that may start a noun phrase. */
export const NP_STARTERS = set(`the a an this that these those his her its their our my your some any no each every all both several many few`);

/** Words that end a clause for subject/object scanning. */
export const CLAUSE_WORDS = set(`who whom which that where when while because although though whose as if whether`);
