/**
 * The English word lists the name recogniser reads: capitalised words that are no names (sentence openers,
 * weekdays, months, pronouns), the heads that type a name (Ministry → ORG, Airport → FAC, Province → GPE), the
 * titles and honorifics before a person's name (country adjectives are in demonyms.ts). All lookups are on the
 * word as written with its first letter kept (the lists hold capitalised forms) unless a function says otherwise.
 */

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/**
 * Capitalised words that never start or end a name: function words, sentence adverbs, pronouns, weekdays,
 * months and holidays. Inside a run they break it (Beijing Tuesday is two things).
 */
export const STOP_WORDS = set(`
  A An The This That These Those There Here It Its He She His Her Hers Him They Them Their We Our Us You Your I Me My
  And But Or Nor So Yet Not No Yes If As At By For From In Into Of On Onto To With Without Within Over Under Upon
  After Before During Since Until While When Where Whether Which Who Whom Whose What Why How Although Though Because
  Once Unless Despite Amid Amidst Among Against Across Along Around Behind Beyond Near Toward Towards Through
  Throughout Via Per Like Unlike About Above Below Between Both Either Neither Each Every All Any Some Many Most Much
  More Less Few Several Other Another Such Only Also Even Still Just Then Now Today Tonight Yesterday Tomorrow
  Meanwhile However Moreover Furthermore Nevertheless Instead Indeed Meantime Overall Finally First Second Third Last
  Next Earlier Later Already Again Separately Elsewhere Asked According Speaking Including Following Regarding
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Christmas Easter Ramadan
  Mr Mrs Ms Dr Sir Madam Miss Prof
  Photo Reporting Editing Writing Source Sources Note Update Updated Read Related Advertisement Copyright
`);

/** Particles inside a person's name: Tomas de la Vega, Ursula von der Leyen, Hamad bin Khalifa. */
export const NAME_PARTICLES = set('de del della di da das dos du la le van von der den ter bin bint ibn al el');
/** Words that a run of capitalised words may hold between two name words: Bank of Japan, Tomas de la Vega. */
export const CONNECTORS = new Set(['of', ...NAME_PARTICLES]);
/** Connectors allowed only inside a body's name (Ministry of Trade and Industry, Center for Strategic Studies). */
export const ORG_CONNECTORS = set('and for on the & in');

/** Last (or, before "of", first) words of organisations. */
export const ORG_HEADS = set(`
  Ministry Department Committee Council Bank Corp Corporation Inc Ltd Co LLC PLC Plc AG SA GmbH Company University
  Institute Institution Agency Party Army Navy Force Forces Commission Group News Times Post Journal Herald Tribune
  Gazette Telegraph Association Federation Union Foundation Fund Organization Organisation Bureau Court Parliament
  Assembly Congress Senate Board Authority Service Services Police Guard Guards Academy College School Society
  Alliance Front Movement Network Holdings Industries Technologies Systems Motors Airlines Airways Energy Electric
  Partners Capital Securities Exchange Cabinet Administration Office Secretariat Council Chamber League Club Team
  Brigade Division Corps Fleet Command Directorate Inspectorate Tribunal Court Commission Centre Center Trust
  Coalition Conference Bloc Cooperative Consortium Laboratory Laboratories Labs Media Press Broadcasting Radio
  Television Agency Registry Council Shipping Freight Logistics Pharmaceuticals Pharma Mining Steel Oil Gas Telecom
`);

/** Last words of facilities. */
export const FAC_HEADS = set(`
  Airport Airbase Port Harbour Harbor Square Hall Palace Base Bridge Station Stadium Arena Tower Towers Building
  Embassy Consulate Hospital Dam Plant Prison Temple Shrine Cathedral Mosque Church Museum Library Terminal Canal
  Tunnel Highway Expressway Railway Pier Dock Dockyard Shipyard Camp Barracks Compound Castle Mansion Residence
`);

/** Last words of administrative places (GPE). */
export const GPE_HEADS = set('City Province Prefecture County District Region Oblast State Territory Municipality Governorate Town Village Borough');
/** Last words of geographic places (LOC). */
export const LOC_HEADS = set(`
  Sea Ocean River Lake Strait Straits Gulf Bay Peninsula Island Islands Mountains Mountain Mount Valley Desert Coast
  Plateau Basin Delta Channel Reef Archipelago Forest Plain Plains Highlands Hills
`);

/** Lower-case nouns that introduce a place's name after "the … of": the port city of X, the region of Y. */
export const PLACE_NOUNS = set('city town village port capital province region county district prefecture state island area oblast');

/** Honorifics: they mark a person and are no role (Mr Doe, Dr Hale). */
export const HONORIFICS = set('Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Madam Lord Lady Mx');

/** Title words that end a title phrase before a name (President, Foreign Minister, spokesperson). */
export const TITLE_HEADS = set(`
  president minister secretary premier chancellor general governor mayor senator ambassador envoy chairman
  chairwoman chair director commissioner spokesman spokeswoman spokesperson judge justice professor king queen
  prince princess emperor pope bishop archbishop cardinal sheikh admiral colonel captain lieutenant sergeant
  commander marshal representative congressman congresswoman lawmaker speaker leader ceo cfo chief analyst
  economist researcher strategist diplomat negotiator adviser advisor attorney prosecutor lawyer editor reporter
  correspondent executive founder coach officer commandant councillor councilor legislator delegate
`);

/** Words that may stand before a title head and belong to the title (Deputy Foreign Minister, Crown Prince). */
export const TITLE_MODIFIERS = set(`
  vice deputy prime foreign defence defense finance trade commerce interior home economy economic health education
  energy justice chief senior acting interim state lieutenant major attorney supreme grand crown executive managing
  first principal associate assistant junior national security intelligence army navy military police party
  central bank fund research political market investment equity opposition special permanent general
`);

/** Abbreviated titles and the title they stand for. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['Gen.', 'General'], ['Sen.', 'Senator'], ['Rep.', 'Representative'], ['Gov.', 'Governor'], ['Prof.', 'Professor'],
  ['Lt.', 'Lieutenant'], ['Col.', 'Colonel'], ['Adm.', 'Admiral'], ['Capt.', 'Captain'], ['Sgt.', 'Sergeant'],
  ['Maj.', 'Major'], ['Cmdr.', 'Commander'], ['Pres.', 'President'],
]);

/** Lower-case words before a title that mark a former holder. */
export const FORMER_WORDS = set('former ex late');

/** Common given names: a run that starts with one is a person even without a title. */
export const GIVEN_NAMES = set(`
  James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
  Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary
  Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Peter
  Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Kyle Walter Ethan Jeremy Harold
  Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan Billy
  Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby
  Philip Johnny Tom Tomas Pedro Carlos Luis Miguel Ahmed Mohammed Muhammad Ali Omar Hassan Ivan Sergei Dmitry
  Igor Olga Hans Klaus Pierre Jean Jacques Francois Marco Giovanni Hiroshi Kenji Yuki Akira Min Wei Jun Li
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra
  Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia
  Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel
  Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren
  Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice
  Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie
  Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Jane Claire Fatima Aisha Leila Mei Yan Elena Irina
  Natasha Ingrid Sofia Lucia Ana Chloe Priya Anjali Rahul Amit Raj
`);
