/**
 * The vocabulary of attribution: verbs that report speech, honorifics, role
 * nouns and their families (demonyms live with the place names, in
 * nlp/places.ts). Edit these lists, not the rules, to cover new wording.
 * Entries are lower case and folded (see nlp/normalize.ts foldCase).
 */
import { RANK_ABBREVIATIONS } from "../nlp/abbreviations.js";

/**
 * Verbs that also do other work ("talks continued", "the board agreed a
 * plan"): they report speech only beside the quote or with nothing after
 * them (BARE_CUE_VERBS below); each line a verb's forms.
 */
const BARE_CUE_FORMS = [
  "continue continues continued",
  "agree agrees agreed",
  "shout shouts shouted",
  "yell yells yelled",
  "plead pleads pleaded",
  "sigh sighs sighed",
  "laugh laughs laughed",
  "muse muses mused",
  "mutter mutters muttered",
  "whisper whispers whispered",
  "fume fumes fumed",
  "venture ventures ventured",
  "offer offers offered",
  "counter counters countered",
  "reflect reflects reflected",
  "wonder wonders wondered",
  "groan groans groaned",
  "reason reasons reasoned",
  "snap snaps snapped",
  "protest protests protested",
  "text texts texted",
];

/**
 * Reporting verbs by surface form. Speech acts that take the speaker's words
 * as content count too ("challenged ... to a “duel”", "described ... as a
 * “blunder”"): in news prose the quoted words in such a sentence are the
 * subject's. Participles (-ing) take the subject of the clause before them.
 */
export const CUE_VERBS: ReadonlySet<string> = new Set(
  [
    "say says said saying",
    "tell tells told telling",
    "add adds added adding",
    "claim claims claimed claiming",
    "ask asks asked asking",
    "respond responds responded responding",
    "reply replies replied replying",
    "state states stated stating",
    "declare declares declared declaring",
    "announce announces announced announcing",
    "insist insists insisted insisting",
    "warn warns warned warning",
    "caution cautions cautioned cautioning",
    "note notes noted noting",
    "stress stresses stressed stressing",
    "explain explains explained explaining",
    "argue argues argued arguing",
    "write writes wrote writing",
    "tweet tweets tweeted tweeting",
    "describe describes described describing",
    "call calls called",
    "vow vows vowed vowing",
    "pledge pledges pledged pledging",
    "promise promises promised promising",
    "threaten threatens threatened threatening",
    "suggest suggests suggested suggesting",
    "challenge challenges challenged challenging",
    "mock mocks mocked mocking",
    "scoff scoffs scoffed scoffing",
    "accuse accuses accused accusing",
    "deny denies denied denying",
    "admit admits admitted admitting",
    "acknowledge acknowledges acknowledged acknowledging",
    "recall recalls recalled recalling",
    "reiterate reiterates reiterated reiterating",
    "assure assures assured assuring",
    "urge urges urged urging",
    "predict predicts predicted predicting",
    "boast boasts boasted boasting",
    "joke jokes joked joking",
    "quip quips quipped quipping",
    "report reports reported reporting",
    "confirm confirms confirmed confirming",
    "remark remarks remarked remarking",
    "comment comments commented commenting",
    "affirm affirms affirmed affirming",
    "assert asserts asserted asserting",
    "allege alleges alleged alleging",
    "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising",
    "observe observes observed observing",
    "react reacts reacted reacting",
    "share shares shared sharing",
    "post posts posted posting",
    "recount recounts recounted recounting",
    "characterize characterizes characterized characterise characterises characterised",
    "denounce denounces denounced denouncing",
    "condemn condemns condemned condemning",
    "cite cites cited citing",
    "concede concedes conceded conceding",
    "contend contends contended contending",
    "lament laments lamented lamenting",
    "complain complains complained complaining",
    "retort retorts retorted retorting",
    "exclaim exclaims exclaimed exclaiming",
    "reveal reveals revealed revealing",
    "maintain maintains maintained",
    "speak speaks spoke speaking",
    "talk talks talked talking",
    "inform informs informed informing",
    "indicate indicates indicated indicating",
    "conclude concludes concluded concluding",
    "justify justifies justified justifying",
    "dismiss dismisses dismissed dismissing",
    "label labels labelled labeled labelling labeling",
    "brand brands branded branding",
    "decry decries decried decrying",
    "hail hails hailed hailing",
    ...BARE_CUE_FORMS,
  ].flatMap((line) => line.split(" ")),
);

/** Cue verbs that report speech only with nothing after them but punctuation or the quote ("Doe continued."; not "continued to write"). */
export const BARE_CUE_VERBS: ReadonlySet<string> = new Set(BARE_CUE_FORMS.flatMap((line) => line.split(" ")));

/** Forms of "be" and "get" that make a following participle passive ("was asked"). */
export const PASSIVE_AUX: ReadonlySet<string> = new Set(["be", "is", "are", "was", "were", "been", "being", "get", "got", "gets"]);

/** Words that may sit between a subject and its verb without ending the subject. */
export const SKIPPABLE: ReadonlySet<string> = new Set([
  "also", "again", "later", "then", "previously", "repeatedly", "reportedly", "once", "recently", "earlier",
  "has", "have", "had", "would", "will", "could", "did", "does", "do", "may", "might", "not", "n't", "never",
  "there", "here", "publicly", "openly", "privately", "separately", "simply", "just", "further", "even",
  "itself", "himself", "herself", "themselves",
]);

/** Honorifics written before a name, with the gender they show when they show one. */
export const HONORIFICS: ReadonlyMap<string, "male" | "female" | undefined> = new Map<string, "male" | "female" | undefined>([
  ["mr", "male"], ["mr.", "male"], ["mrs", "female"], ["mrs.", "female"], ["ms", "female"], ["ms.", "female"],
  ["miss", "female"], ["sir", "male"], ["lord", "male"], ["lady", "female"], ["dr", undefined], ["dr.", undefined],
  ["dame", "female"], ["baroness", "female"], ["baron", "male"], ["rt", undefined], ["hon", undefined], ["hon.", undefined],
  ["father", "male"], ["brother", "male"], ["sister", "female"], ["sheikh", "male"], ["sheikha", "female"],
]);

/** Generational suffixes, part of the name they end ("Donald Trump Jr." is not Donald Trump). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

/** Role nouns that show their holder's gender ("the actress", "Spokeswoman Jane Doe"); used only to resolve he/she. */
export const GENDERED_ROLES: ReadonlyMap<string, "male" | "female"> = new Map([
  ...["actress", "businesswoman", "spokeswoman", "chairwoman", "congresswoman", "queen", "princess", "empress", "duchess", "countess"].map((w) => [w, "female"] as const),
  ...["businessman", "spokesman", "chairman", "congressman", "king", "prince", "emperor", "duke", "count", "fisherman"].map((w) => [w, "male"] as const),
]);

/**
 * Role nouns written before a name ("Russian President Vladimir Putin",
 * "Kremlin spokesperson Dmitry Peskov") or heading a description ("the
 * Russian leader"). Abbreviated titles and ranks come from the sentence
 * splitter's list (nlp/abbreviations.ts), with and without the full stop:
 * US wire style writes "Gov. Kathy Hochul", British style "Lt Col Ana Ruiz".
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  "president", "president-elect", "vice-president", "premier", "chancellor", "minister", "prime", "secretary",
  "spokesperson", "spokesman", "spokeswoman", "leader", "ruler", "dictator", "king", "queen", "prince", "princess",
  "emperor", "pope", "governor", "mayor", "senator", "congressman", "congresswoman", "ambassador", "envoy",
  "general", "lieutenant", "colonel", "major", "admiral", "brigadier", "corporal",
  "commander", "chief", "head", "chairman", "chairwoman", "chair", "director", "ceo", "official", "officer",
  "journalist", "reporter", "correspondent", "analyst", "expert", "adviser", "advisor", "aide", "deputy",
  "speaker", "lawmaker", "mp", "judge", "prosecutor", "patriarch", "cardinal", "archbishop", "bishop",
  // Occupations written before a name ("Scientist Jane Doe", "Co-author Li Wei"); surnames that are also
  // trades (Baker, Cooper, Singer) are left out, since a name ending in a role word reads as a description.
  "author", "co-author", "scientist", "researcher", "professor", "economist", "historian", "legislator", "editor",
  "meteorologist", "businessman", "businesswoman", "entrepreneur", "loyalist", "artist", "actor", "actress",
  "lawyer", "attorney", "activist", "campaigner", "writer", "novelist", "poet", "musician", "drummer", "guitarist",
  "producer", "founder", "co-founder", "owner", "executive", "delegate", "councillor", "councilor", "commissioner",
  "superintendent", "inspector", "sergeant", "constable", "detective", "captain", "sheriff", "coach", "manager",
  "candidate", "student", "teacher", "doctor", "surgeon", "physician", "nurse", "witness", "survivor", "veteran",
  "member", "chairperson", "administrator", "commentator", "columnist", "presenter", "anchor", "blogger",
  "engineer", "architect", "designer", "diplomat", "negotiator", "regulator", "auditor", "investigator",
  "farmer", "fisherman", "shopkeeper", "deacon", "priest", "pastor", "rabbi", "imam", "lead", "senior", "former", "acting", "interim",
  "representative", "reverend", "msgr", "msgr.", "justice",
  // British abbreviations without a full stop: a councillor, a prime minister, a detective chief inspector.
  "cllr", "pm", "dci",
  ...[...RANK_ABBREVIATIONS.keys()].flatMap((a) => [a, `${a}.`]),
]);

/** Letters written after a name for what the person is ("Jane Roe MP", "John Doe QC", "Ann Lee OBE"), not who. */
export const POST_NOMINALS: ReadonlySet<string> = new Set(["mp", "mep", "msp", "mla", "td", "qc", "kc", "obe", "mbe", "cbe", "kbe", "dbe"]);

/** A role word, also with a prefix of time or rank ("then-secretary", "ex-minister", "vice-chair"). */
export function isRoleWord(lower: string): boolean {
  const bare = lower.replace(/^(?:then|ex|former|acting|deputy|vice|co)-/u, "");
  // Sciences name their people by one suffix ("biologist", "herpetologist", "oceanographer"); no surname ends so.
  // Nor in "-ist" after a consonant other than r ("Marxist", "royalist", "pianist"; not "Feist", "Christ"), in six letters or more,
  // but for Nordic surnames in -qvist, -kvist ("Lindqvist", "Bergkvist").
  return ROLE_WORDS.has(lower) || ROLE_WORDS.has(bare) || /(?:ologist|ographer)$/u.test(bare) || (bare.length >= 6 && /[^aeiouyr]ist$/u.test(bare) && !/[qk]vist$/u.test(bare));
}

/** Lower-case words that belong to a name ("Ursula von der Leyen", "Abdel Fattah el-Sisi"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "von", "van", "der", "den", "de", "da", "di", "del", "della", "dos", "das", "du", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "y",
  // Irish: "Seán Ó Fearghaíl", "Máire Ní Bhraonáin", "Nic Aoidh".
  "ó", "ní", "nic",
]);

/**
 * Role families: a description headed by the key also fits a person whose
 * recorded role is one of the values ("the Russian leader" fits a "Russian
 * President"). Every role fits itself.
 */
export const ROLE_FAMILIES: ReadonlyMap<string, readonly string[]> = new Map([
  ["leader", ["president", "prime minister", "premier", "chancellor", "ruler", "king", "queen", "emperor", "dictator", "supreme leader"]],
  ["head of state", ["president", "king", "queen", "emperor"]],
  ["spokesperson", ["spokesman", "spokeswoman", "press secretary"]],
  ["spokesman", ["spokesperson", "press secretary"]],
  ["spokeswoman", ["spokesperson", "press secretary"]],
  ["general", ["lieutenant general", "major general", "brigadier general", "commander"]],
  ["premier", ["prime minister"]],
]);

/** Roles of several words, matched as one head ("italy prime minister" is a prime minister of Italy). */
export const MULTIWORD_ROLES: readonly string[] = [
  "prime minister", "press secretary", "head of state", "supreme leader", "chief executive", "secretary of state",
  "secretary general", "attorney general", "foreign minister", "defence minister", "defense minister",
  "lieutenant general", "major general", "brigadier general", "vice president",
];


/**
 * Places that are named like people in subject position ("Russia accused",
 * "Moscow said"): never taken for a person. Countries and cities beyond
 * these are recognised by having no given name and no title (people.ts).
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  "ministry", "service", "agency", "council", "committee", "assembly", "parliament", "government", "office",
  "department", "force", "forces", "army", "navy", "times", "post", "news", "house", "party", "union", "bank",
  "court", "kremlin", "pentagon", "commission", "organisation", "organization", "institute", "university",
  "company", "group", "corporation", "channel", "network", "radio", "television", "tv", "agency", "guard",
  "command", "staff", "base", "region", "city", "republic", "kingdom", "states", "nations", "federation",
  "rada", "duma", "senate", "congress", "police", "press", "media", "journal", "herald", "telegraph", "guardian",
  "college", "school", "academy", "foundation", "society", "association", "church", "museum", "hospital", "centre",
  "center", "authority", "board", "fund", "trust", "club", "team", "league", "alliance", "coalition", "movement",
  "front", "corps", "embassy", "consulate", "airline", "airlines", "airways", "bureau", "secretariat", "tribunal",
  "insider", "magazine", "daily", "weekly", "gazette", "tribune", "chronicle", "observer", "monitor", "wire", "review",
  // Legal forms and the words bodies end their names with ("Acme Limited", "Amnesty International").
  "international", "limited", "ltd", "ltd.", "inc", "inc.", "corp", "corp.", "plc", "llc", "gmbh", "administration", "conference",
  // The same words in the languages outlets and bodies keep untranslated ("Agence France-Presse", "Banco Central").
  "agence", "agencia", "agenzia", "banco", "banque", "société", "compagnie", "institut", "instituto", "universidad", "université",
  "universität", "ministerio", "ministère", "partido", "parti",
  // News agencies and outlets that report under one word; a lone word subject reads as a person otherwise.
  "reuters", "bloomberg", "xinhua", "interfax", "politico", "axios", "kyodo", "yonhap", "wikinews", "wikipedia",
]);

/** Words a title case check ignores ("Results of the Year"). */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "vs.", "de", "la",
]);

/** Pronouns that may stand for a speaker, by the gender they require. */
export const PERSONAL_PRONOUNS: ReadonlyMap<string, "male" | "female" | "any"> = new Map([
  ["he", "male"], ["she", "female"], ["they", "any"], ["it", "any"],
]);

/** Relative pronouns: their clause describes someone, it does not report speech. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "which", "that", "whom", "whose"]);

/** Prepositions that tie a name to its affiliation ("Jane Doe of the union said"): the name is the speaker. */
export const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "from", "at", "with"]);

/**
 * Documents that speak for their author ("according to a statement by ...",
 * "the ruling read", "the agency's report said"). "read" reports speech only
 * with one of these as its subject.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "statement", "release", "tweet", "post", "letter", "memo", "memorandum", "report", "ruling", "opinion", "decree",
  "summary", "message", "filing", "note", "document", "study", "paper", "warning", "notice", "communique", "communiqué",
  "announcement", "email", "e-mail", "blog", "website", "manifesto", "judgment", "judgement", "order", "verdict",
  "transcript", "speech", "remarks", "testimony", "complaint", "lawsuit", "petition", "advisory", "bulletin", "editorial",
]);

/** Verbs that report a document's words, never a person's ("the statement read"). */
export const DOCUMENT_VERBS: ReadonlySet<string> = new Set(["read", "reads"]);

/** Possessive pronouns and the personal pronoun each stands for ("their statement" is what "they" said). */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([["his", "he"], ["her", "she"], ["its", "it"], ["their", "they"]]);

/**
 * Words that open a group or a named thing, never a person's name ("Other
 * Republicans said", "Many Democrats", "Hurricane Zelda", "Operation Dawn").
 */
export const GROUP_OPENERS: ReadonlySet<string> = new Set([
  "other", "some", "many", "most", "several", "both", "all", "few", "various", "numerous", "certain", "fellow",
  "hurricane", "typhoon", "cyclone", "storm", "tropical", "operation", "project",
]);

/**
 * Endings of plural group nouns ("Democrats", "Republicans", "Socialists",
 * "Conservatives", "Catholics"): a name ending so is a party or a group. No
 * common surname ends so ("Evans" and "Adams" do not).
 */
export const GROUP_PLURAL = /(?:crats|icans|ians|ists|atives|ics|ites)$/u;

/**
 * Plural nouns that speak as a group or a source when they open a sentence
 * ("Reports said", "Authorities expected", "Witnesses told"): capitalised
 * there, but descriptions, never names.
 */
export const COLLECTIVE_PLURALS: ReadonlySet<string> = new Set([
  "reports", "authorities", "sources", "witnesses", "residents", "critics", "observers", "organisers", "organizers",
  "opponents", "supporters", "protesters", "protestors", "locals", "citizens", "voters", "workers", "parents", "victims",
  "families", "relatives", "neighbours", "neighbors", "rescuers", "firefighters", "paramedics", "medics", "troops",
  "soldiers", "militants", "rebels", "insurgents", "investors", "shareholders", "traders", "fans", "viewers", "users",
  "customers", "consumers", "passengers", "participants", "attendees", "petitioners", "plaintiffs", "defendants",
  "studies", "surveys", "polls", "estimates", "figures", "documents", "records", "statements", "scientists", "researchers",
  "experts", "analysts", "doctors", "investigators", "prosecutors", "lawmakers", "legislators", "diplomats",
]);

/**
 * Nouns an aside gives a body as its kind ("Acme, a daily newspaper,", "Zeta,
 * an early supergroup,"), beyond ORGANISATION_WORDS: the name is no person's.
 */
export const BODY_KINDS: ReadonlySet<string> = new Set([
  "newspaper", "broadcaster", "publisher", "outlet", "tabloid", "firm", "retailer", "chain", "supermarket", "manufacturer",
  "maker", "brand", "startup", "charity", "nonprofit", "ngo", "band", "supergroup", "troupe", "orchestra", "choir", "label",
  "studio", "website", "app", "platform", "operator", "carrier", "utility", "watchdog", "think-tank",
]);
