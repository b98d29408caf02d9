/**
 * Place names, for telling a place from a person when an article gives no
 * other evidence ("the same day Ruritania confirmed ...": a country that
 * reports is its government, an organisation, never a person). Countries,
 * the states and provinces news most often names as actors, and capitals
 * used for their governments ("Moscow said"). A name is a place only when it
 * is exactly one of these: "Michael Jordan" is a person, "Jordan" alone is
 * the country unless the article gives a person that surname.
 * Shared by the quote rules (who speaks) and the answer types (a "who"
 * question is not answered by a place).
 */

const COUNTRIES = `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina burundi
cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia czech-republic denmark djibouti
dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica
japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco
mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands nicaragua niger nigeria norway oman
pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
thailand togo tonga tunisia turkey türkiye turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu vatican venezuela
vietnam yemen zambia zimbabwe britain england scotland wales`;

/** Countries, states and regions of two or more words. */
const MULTIWORD = [
  "united states", "united kingdom", "united arab emirates", "saudi arabia", "south africa", "south korea", "north korea",
  "new zealand", "sri lanka", "costa rica", "puerto rico", "el salvador", "east timor", "timor-leste", "ivory coast",
  "papua new guinea", "sierra leone", "south sudan", "dominican republic", "central african republic", "czech republic",
  "north macedonia", "burkina faso", "cape verde", "equatorial guinea", "san marino", "hong kong", "northern ireland",
  "new york", "new jersey", "new hampshire", "new mexico", "new south wales", "north carolina", "south carolina",
  "north dakota", "south dakota", "west virginia", "rhode island", "british columbia", "nova scotia", "new brunswick",
  "western australia", "south australia", "northern territory", "american samoa", "west bank", "gaza strip",
].join("|");

/** States and provinces of one word. */
const REGIONS = `alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
alberta ontario quebec manitoba saskatchewan queensland tasmania victoria catalonia bavaria crimea donbas gaza kashmir
tibet xinjiang`;

/** Capitals and cities that news uses for their governments or as actors. */
const CITIES = `moscow kyiv kiev beijing tokyo paris london berlin rome madrid brussels ankara tehran baghdad damascus cairo
riyadh jerusalem delhi islamabad kabul seoul pyongyang taipei manila jakarta bangkok hanoi canberra ottawa havana caracas
brasilia warsaw budapest vienna prague minsk tbilisi yerevan baku athens lisbon dublin stockholm oslo helsinki copenhagen
amsterdam bern geneva doha beirut tripoli khartoum nairobi addis lagos abuja pretoria sydney melbourne toronto montreal
vancouver chicago boston houston dallas`;

const SINGLE = new Set(`${COUNTRIES} ${REGIONS} ${CITIES}`.split(/\s+/).filter((w) => w !== ""));
const SEVERAL = new Set(MULTIWORD.split("|"));

/** First words that make a two-word name a place ("New Ruritania", "North Zembla", "San Lorenzo", "Port Elly"). */
const PLACE_OPENERS = new Set(["new", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "san", "santa", "los", "las", "el", "port", "fort", "mount", "lake"]);
/** Last words that make a name a place ("Rook Island", "Vale County"). */
const PLACE_ENDINGS = new Set(["island", "islands", "county", "province", "peninsula", "valley", "coast", "territory", "district", "prefecture", "oblast", "strait"]);

/** Is `name` (as printed) a place: a known one, or two words with a place's first word, or a place's last word? */
export function isPlaceName(name: string): boolean {
  const words = name.toLowerCase().replace(/^the\s+/u, "").split(/\s+/);
  const joined = words.join(" ");
  if (words.length === 1) return SINGLE.has(joined);
  if (SEVERAL.has(joined)) return true;
  return (words.length === 2 && PLACE_OPENERS.has(words[0] as string)) || PLACE_ENDINGS.has(words[words.length - 1] as string);
}

/** Nationality adjectives that do not share a stem with their country, with the country's key. */
const NATIONALITIES: ReadonlyArray<readonly [string, string]> = [
  ["french", "france"], ["british", "uk"], ["english", "uk"], ["scottish", "uk"], ["welsh", "uk"], ["american", "us"],
  ["dutch", "netherlands"], ["swiss", "switzerland"], ["greek", "greece"], ["polish", "poland"], ["spanish", "spain"],
  ["turkish", "turkey"], ["danish", "denmark"], ["swedish", "sweden"], ["finnish", "finland"], ["norwegian", "norway"],
  ["irish", "ireland"], ["filipino", "philippines"], ["thai", "thailand"], ["belgian", "belgium"], ["peruvian", "peru"],
  ["chilean", "chile"], ["pakistani", "pakistan"],
];
const NATIONALITY_WORDS = new Set(NATIONALITIES.map(([adjective]) => adjective));

/**
 * Demonyms and other names of a country that do not share a stem with it,
 * keyed to one spelling of the country; the rest are matched by stem (see
 * quotes/roles.ts, which tells "the Russian president" from "the Ukrainian").
 */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([...NATIONALITIES, ["britain", "uk"], ["u.s.", "us"], ["usa", "us"], ["america", "us"]]);

/** Words of a region or a people with no one country ("European", "Kurdish"). */
const REGIONAL = new Set("european african asian arab arabic latin kurdish palestinian korean".split(" "));

/** How a nationality word is made from its place: Indian from India, Chinese from China, Iraqi from Iraq, Mexican from Mexico. */
const ENDINGS: ReadonlyArray<readonly [string, string]> = [["n", ""], ["an", ""], ["an", "a"], ["an", "o"], ["ian", ""], ["ian", "a"], ["ian", "e"], ["ese", ""], ["ese", "a"], ["i", ""], ["ish", "land"]];

/** Is `word` the adjective of a place ("Indian", "Ruritanian" only when Ruritania is a known place; "British", "Dutch")? */
export function isPlaceAdjective(word: string): boolean {
  const w = word.toLowerCase();
  if (NATIONALITY_WORDS.has(w) || REGIONAL.has(w)) return true;
  return ENDINGS.some(([ending, root]) => w.length > ending.length + 2 && w.endsWith(ending) && SINGLE.has(w.slice(0, -ending.length) + root));
}
