// The words of attack reporting that the extractor's stages share: what tells an attack, what refers
// back to one, what opens another, who is the agent, what revises or restates a toll. Regular
// expressions only; the stages decide what to do with a match.

// A sentence that tells an attack (used to pick the main event's date and to accept context).
import { WEEKDAY_NAME } from "./dates";

export const EVENT_RE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`deaths?|killings?|massacre[sd]?|slaughter(?:s|ed)?|attack(?:s|ed|ing)?|ambush(?:ed|es)?|assault(?:s|ed)?|clash(?:es|ed)?`,
      String.raw`kill(?:s|ed|ing)?|dead|died`,
      String.raw`bomb(?:s|ed|ing|ings)?|explosion|blast|strikes?|airstrikes?|shell(?:ed|ing)|raid(?:s|ed)?|offensive|fighting|took\s+place|happened`,
      String.raw`occurred|targeted|intercepted|captured|opened\s+fire|launched|stormed|executed|shot|abducted|kidnapp?ed|assassinated`,
      String.raw`blew\s+up|exploded|went\s+off|detonated|by\s+surprise`,
    ].join("|") +
    String.raw`)\b`,
  "i",
);

export const NON_CONFLICT_RE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`earthquakes?|quakes?|tremors?|aftershocks?|floods?|flooding|storms?|snowstorm|blizzard|heatwave|wildfires?|traffic\s+accidents?`,
      String.raw`road\s+accidents?|car\s+(?:accident|crash)|crash(?:ed)?|drown(?:ed|ing)|cholera|covid(?:-19)?|coronavirus|pandemic|epidemic`,
      String.raw`disease|outbreak\s+of|cold\s+weather|freezing|famine|starvation|boat\s+sank|shipwreck|collapse\s+of\s+(?:a\s+)?building`,
      String.raw`building\s+collapsed|gas\s+leak|siege|hunger|malnutrition|poor\s+nutrition|lack\s+of\s+(?:food|medicine|medical\s+care)`,
      String.raw`living\s+conditions|fire\s+broke\s+out|(?:boat|ship|dinghy)\s+[\w\s]{0,60}?(?:went\s+down|sank|capsized)|capsized`,
    ].join("|") +
    String.raw`)\b`,
  "i",
);

// ... unless the same sentence names an armed cause too.
export const CONFLICT_CAUSE_RE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`attack(?:s|ed)?|shell(?:ed|ing)|bomb(?:s|ed|ing)?|air\s*strikes?|strikes?|gunmen|clash(?:es)?|ambush(?:ed)?|militants|jihadists`,
      String.raw`shot|gunfire|mortar|rocket|missile|drone|IED|landmine|mine|explosive|executed|regime|forces|rebels`,
    ].join("|") +
    String.raw`)\b`,
  "i",
);

// The sentence refers back to an attack already told.
const BESIDES_THE = String.raw`^\s*(?:Besides|Apart\s+from|In\s+addition\s+to|Along\s+with)\s+the\s+[\w-]+\s*,`;
/** "Besides the children, four women were killed": the rest of the dead told. */
export const BESIDES_THE_RE = new RegExp(BESIDES_THE, "i");

export const ANAPHORA_RE = new RegExp(
  String.raw`\b(?:the|this|that|these|those)\s+(?:(?:recent|latest|deadly|same|previous|initial|dawn|night|suicide|car|bomb|twin|doub` +
    String.raw`le|simultaneous|coordinated|IS|Daesh|jihadist)\s+)?(?:attacks?|ambush(?:es)?|assaults?|bombings?|incident|raids?|clashes` +
    String.raw`|crossfire|explosions?|blasts?|strikes?|air\s*strikes?|air\s*raids?|operation|massacre|fighting|battle|firefight|offensive|shooting|shell` +
    String.raw`s|bombs|barrel\s+bombs|missiles|rockets|shell` +
    String.raw`ing|bombardment|assassination|detonation)\b|\bthe\s+(?:soldiers|victims|dead|attackers|assailants|bodies|fighters)\b|\b(` +
    String.raw`?:the|this)\s+area\b|\bthe\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?(?:children|men|women|peo` +
    String.raw`ple|civilians|soldiers|victims|brothers|sisters|siblings|fighters|members|officers|farmers|shepherds)\b` +
    // "the four were killed when the aircraft targeted them": the count told, as the subject
    String.raw`|\bthe\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:were|had\s+been|have\s+been|died)\b` +
    // "Besides the children, four women were killed": more of the dead told
    String.raw`|${BESIDES_THE}` +
    // "10 people were killed in Tuesday's attack": a day's attack told before
    String.raw`|\b(?:${WEEKDAY_NAME}|yesterday|today|last\s+night)['’]s\s+(?:(?:suicide|car|bomb|deadly|twin)\s+)?` +
    String.raw`(?:attacks?|ambush|assault|bombings?|blasts?|explosions?|strikes?|air\s*strikes?|raids?|shelling|massacre)\b`,
  "i",
);

// The sentence starts another attack: never merged with the main one, never given the headline's place.
// ("another" only before an attack word: "while another [source] put the toll at 43" is not a new attack)
export const NEW_EVENT_RE = new RegExp(
  String.raw`\b(?:another\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?|air\s*raids?|raids?|bombings?|blasts?|explosions?|amb` +
    String.raw`ush(?:es)?|assaults?|incidents?|shelling|car\s+bombs?|massacres?|clash(?:es)?|operations?|drones?|mines?|landmines?|kill` +
    String.raw`ings?|shootings?|rockets?|missiles?|shells?|round|wave|series|day|village|town|city|area|district|neighbou?rhood)|a\s+(?` +
    String.raw`:second|third|separate|further|new|similar)\s+(?:attack|ambush|assault|bombing|incident)|separately|in\s+a\s+separate|elsewhere|` +
    // ("Meanwhile, the Observatory said that five people were killed": another source on the same attack)
    String.raw`meanwhile(?!\s*,?\s*(?:[\w()'’-]+\s+){1,9}?(?:said|says|reported|reports|told|documented|stated))|also\s+in|` +
    // ("The troops also pounded the village of Al-Tah, killing five": a second place struck)
    String.raw`also\s+(?:pounded|shelled|struck|hit|bombed|targeted|attacked|raided)\s+(?:the\s+)?(?:[\w-]+\s+)?` +
    String.raw`(?:town|village|city|district|neighbou?rhood)\b|` +
    String.raw`earlier\s+(?:this|that|last)\s+(?:week|month|year)|last\s+(?:week|month|year)` +
    // ("Earlier on Sunday, a journalist was also killed by an airstrike": the day's other attack, unless a source speaks)
    String.raw`|\bearlier\s+on\s+${WEEKDAY_NAME}\b(?!\s*,?\s*(?:[\w()'’-]+\s+){1,9}?(?:said|says|reported|reports|told|documented|stated))` +
    // ("The airstrikes followed by just a few hours a deadly blast that killed 34": the blast is another attack)
    String.raw`|follow(?:ed|s|ing)\s+(?:by\s+)?(?:just\s+|only\s+)?(?:a\s+few|several|a\s+couple\s+of|two|three|\d+)\s+(?:hours|days)\s+(?:an?|the)\s` +
    // ("In one clash, 16 jihadists were killed": one of the several the article speaks of)
    String.raw`|in\s+one\s+(?:of\s+(?:the|these|those)\s+)?(?:clash(?:es)?|attacks?|ambush(?:es)?|raids?|strikes?|bombings?|incidents?))\b`,
  "i",
);

// Nouns for attackers when the article calls them by role rather than by name.
export const ATTACKER_NP_RE = /\b(?:attackers|assailants|gunmen|militants|jihadists|terrorists?|insurgents)\b/i;

// The attacking side named by role or by an anaphor: "the attackers", "insurgents", "members of the organization".
export const ATTACKER_REF_RE = new RegExp(
  [
    String.raw`^(?:[\w-]+\s+){0,2}?(?:attackers|assailants|insurgents|militants|jihadists|terrorists|suicide\s+bombers)\b`,
    String.raw`\b(?:members|fighters|militants|elements|operatives)\s+of\s+the\s+(?:organi[sz]ation|group|cell)\b`,
  ].join("|"),
  "i",
);

// "the organization massacred", "members of the group gunned down": the group already named in the article.
export const GROUP_ANAPHOR_RE = /\b(?:(?:members|fighters|militants|elements)\s+of\s+)?the\s+(?:organi[sz]ation|group|jihadist\s+group|terrorist\s+group)\b/gi;

export const PURSUIT_RE = new RegExp(
  String.raw`\b(?:` +
    [String.raw`pursued|pursuing|chased|chasing|tracked(?:\s+down)?|hunted\s+down|followed`].join("|") +
    String.raw`)\s+(?:the|them|those)\b[^.;]{0,100}?\b(?:killed|killing|eliminated|eliminating)\s+$`,
  "i",
);

export const POSSESSIVE_MEMBERS_RE = /^[\w-]+\s+of\s+(?:its|their)\s+(?:own\s+)?(?:members|fighters|militants|elements|men|gunmen|operatives)\b/i;

export const PRONOUN_AGENT_RE = new RegExp(
  String.raw`\bthey\s+(?:(?:had|have|also|then|later|reportedly)\s+)?(?:` +
    [
      String.raw`attacked|ambushed|bombed|killed|captured|seized|stormed|shelled|struck|executed|overran|took\s+control|opened\s+fire|raided|shot`,
      String.raw`massacred|gunned\s+down|targeted|hit|fired`,
    ].join("|") +
    String.raw`)\b`,
  "i",
);

// Context words after an actor that make it the agent.
export const AGENT_AFTER_RE = new RegExp(
  String.raw`^\s*(?:\([^)]{0,20}\)\s*)?(?:['’]s?\s+)?(?:(?:\w+[- ]){0,2})?(?:attacks?|ambush(?:es)?|assaults?|offensive|bombings?|str` +
    String.raw`ikes?|airstrikes?|raids?|shelling|fire|cells?|militants|fighters|gunmen|remnants|jihadists)\b|^\s*(?:\([^)]{0,20}\)\s*)?` +
    // ("Syrian troops backed by tanks stormed", "gunmen, riding a motorcycle, opened fire": a modifier before the verb)
    String.raw`(?:,?\s*(?:backed|supported|aided|reinforced|accompanied|riding|driving|armed)\s+(?:by|with|on|in)?\s*(?:[\w-]+\s+){0,3}?[\w-]+,?\s+)?` +
    String.raw`(?:\w+\s+){0,2}?(?:attacked|ambushed|bombed|launched|killed|kills?|targets|hits|pound(?:s|ed)|shells|targeted|stormed|sh` +
    String.raw`elled|struck|hit|executed|seized|captured|overran|took\s+control|intercepted|opened\s+fire|carried\s+out|detonated|claim` +
    String.raw`ed|fired|raided|kidnapped|abducted|has\s+launched|have\s+launched|shot|massacred|slaughtered|murdered|gunned\s+down|assa` +
    String.raw`ssinated|beheaded)\b`,
  "i",
);

export const AGENT_BEFORE_RE = /\b(?:by|from)\s+(?:the\s+)?(?:\w+\s+){0,1}$/i;

// "guarded by the army", "backed by Turkey": a "by" that does not introduce the attacker.
export const PASSIVE_NOT_AGENT_RE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`guarded|backed|supported|led|protected|escorted|accompanied|owned|run|controlled|held|funded|armed|trained|founded|formed|declared`,
      String.raw`recognised|recognized|designated|followed|surrounded|loyal|used|manned|occupied|operated|commanded|staffed|inhabited|hosted`,
      String.raw`frequented|visited|set\s+up|established|built|seized`,
    ].join("|") +
    String.raw`)\s+(?:\w+\s+)?(?:by|from)\s+(?:the\s+)?(?:\w+\s+){0,1}$`,
  "i",
);

export const WIRE_DATELINE_RE = new RegExp(
  // ("Hama, Aleppo, SANA –", "Aleppo/Damascus, SANA –": the cities a story was filed from)
  String.raw`^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:\s*(?:,|/)\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)*,\s*(?:SANA|AFP|Reuters|AP|ANHA|Xinhua|dpa|Hawar)` +
    String.raw`\s*[-—–−:]+\s*|^[A-Z][A-Z .'-]{2,30},\s*` +
    // ("QAMISHLI, ERBIL (K24, Agencies) -": two cities, two outlets)
    String.raw`(?:Syria|Iraq|Turkey|Lebanon)\s*(?:\([A-Z][\w .]{1,30}\))?\s*[-—–−:]+\s*|^[A-Z][A-Z .'-]{2,30}(?:\s*[,/]\s*[A-Z][A-Z'-]{2,20}(?![a-z]))*` +
    String.raw`(?:,\s*(?:[A-Z][a-z]{2,8}\.` +
    String.raw`?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:,?\s+\d{4})?)?)?\s*(?:\([A-Za-z][\w .,'/-]{1,30}\)` +
    String.raw`\s*)?[-—–−:]+\s*|^[A-Z][A-Za-z .'-]{2,30},\s*Syria,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d` +
    String.raw`{4})?\s*(?:\([A-Z][\w .]{1,30}\))?\s*[-—–−:]+\s*` +
    // "Damascus, Dec 27 (IANS) No fewer than ...": the outlet in brackets ends it when no dash does ("Damascus, Feb 14: A ...": a colon)
    String.raw`|^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*` +
    String.raw`(?:\([A-Za-z][\w .'/-]{1,30}\)\s*[-—–−:]*|[-—–−:]+)\s*` +
    // "Damascus, Syria− Five civilians ...": a city and the country, then a dash
    String.raw`|^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s*Syria\s*[-—–−]+\s*` +
    // "Damascus (agencies) - Seventy-three people ..."
    String.raw`|^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\s*\([A-Za-z][\w .'/-]{1,30}\)\s*[-—–−:]+\s*` +
    // "KurdWatch, December 11, 2015—Reports said": a place or outlet and the filing day, then a dash
    String.raw`|^[A-Z][A-Za-z]+(?:[ -][A-Z][a-z]+)?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*[-—–−]+\s*` +
    // "Damascus // A landmine went off ...": South Asian wires' double slash
    String.raw`|^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\s*\/\/\s*`,
  "",
);

export const AMONG_DEAD_AFTER_RE = /^\s*(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:dead|killed|victims|fatalities|those\s+killed|the\s+dead)\b/i;

// Another source's figure for the attack just told: "gave a lower toll of 46", "put the death toll at 34",
// "gave a higher figure, saying 123 people were dead".
// "the number of dead reached eight", "the toll rose to 9": an update of the toll of the attack just told
export const TOLL_UPDATE_RE = new RegExp(
  String.raw`\b(?:` +
    [String.raw`death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|martyrs|fatalities|those\s+killed)`].join("|") +
    String.raw`)\s+(?:has\s+|had\s+)?(?:later\s+|since\s+|now\s+|then\s+)?(?:reached|rose|risen|climbed|increased|jumped|went\s+up|hit|stood|stands)\b` +
    String.raw`|\b(?:bringing|raising|taking|pushing)\s+the\s+(?:death\s+)?toll\s+to\b`,
  "i",
);

export const ALT_TOLL_RE = new RegExp(
  String.raw`\b(?:lower|higher|different|revised|conflicting|separate|own|larger|smaller|higher)\s+(?:death\s+)?(?:toll|figure|count|` +
    String.raw`tally|number)\b|\bput(?:s|ting)?\s+the\s+(?:[\w-]+\s+){0,2}?(?:(?:death\s+)?toll|death\s+count|dead|number\s+of\s+(?:the\s+)?` +
    String.raw`(?:dead|deaths|victims|martyrs|fatalities|those\s+killed|people\s+killed))\s+at\b` +
    String.raw`|\bg(?:ave|ives?|iving|iven)\s+(?:a|the)\s+(?:death\s+)?(?:toll|figures?)\s+(?:of|as|at)\b` +
    String.raw`|\b(?:likewise|similarly)\s+(?:confirmed|reported|documented|said)\b|\balso\s+confirmed\b` +
    // "Earlier, SANA had said eight people were killed": what a source said before, of the attack told
    String.raw`|^\s*(?:Earlier|Previously|Initially)\s*,?\s+[^.;]{0,80}?\bhad\s+(?:said|reported|put|given|announced|stated)\b` +
    // ("The official news agency SANA had reported the martyrdom of one person": a source's earlier report)
    // ("had previously said the attacks killed 34" is left to the rules above: it may be the attack's first count)
    String.raw`|\bhad\s+(?:reported|announced)\b`,
  "i",
);

export const DAYS_OF_FIGHTING_RE = new RegExp(
  String.raw`\b(?:after|following|in)\s+(?:several\s+|two\s+|three\s+|four\s+|five\s+|a\s+few\s+)?(?:days|weeks)\s+of\s+(?:[\w-]+\s+){0,2}?(?:` +
    [String.raw`fighting|clashes|battles?|combat|siege|bombardment|shelling|assaults?`].join("|") +
    String.raw`)\b`,
  "i",
);

export const CLAIM_ALL_RE = /\b(?:both|all|the\s+(?:two|three|twin)|these|those)\s+(?:\w+\s+)?(?:attacks|bombings|blasts|explosions|assaults|operations)\b/i;

// "Another air raid on the town of Azaz": the same kind of attack as the one just told, by the same hand
export const ANOTHER_SAME_RE = new RegExp(
  String.raw`\b(?:another|a\s+(?:second|third|further))\s+(?:\w+\s+)?(?:air\s*raids?|airstrikes?|air\s+strikes?|strikes?|raids?|shell` +
    String.raw`ing|bombardments?|barrel\s+bombs?|drone\s+strikes?)\b|^(?:the\s+)?(?:air\s*strikes|airstrikes|strikes|shelling|bombardme` +
    String.raw`nt|raids|attacks)\s+continued\b`,
  "i",
);

/** "killing two others", "three more were killed", "8 more members of the convoy": dead besides those told. */
export const addsDead = (text: string, f: { start: number; end: number }) =>
  /^\S+\s+(?:more|others?|additional|further)\b/i.test(text.slice(f.start, f.end + 12));

// "The Observatory also documented ...": the source adds something to what it told
export const ALSO_REPORTED_RE = /\balso\s+(?:documented|recorded|reported|confirmed|said|counted)\b[^.;]*$/i;

export const ATTRIBUTED_RE = new RegExp(
  String.raw`\b(?:said|says|reported|according\s+to|put|gave|giving|gives|counted|documented|recorded|told|cited|citing|quoted|stated` +
    String.raw`|estimated|insisted|insist|maintained|asserted)\b`,
  "i",
);

export const THE_TOWN_RE = new RegExp(
  String.raw`\b(?:of|in|near|outside|around)\s+the\s+(?:same\s+)?(?:city|town|village|provincial\s+capital)\b(?!\s+of\b)|\b(?:on|in|at|near|of)\s+` +
    String.raw`the\s+(?:(?:above-?|afore)?mentioned|said|same)\s+(?:villages?|towns?|areas?|city|neighbou?rhoods?|positions?|sites?)\b`,
  "i",
);

export const YEAR_HINT_RE = /\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

// A sentence opening as a breakdown of a figure told before: "Of those, ...", "Among them ...", "The rest ...",
// or a category label of a report ("Civilians: ...", "Regime forces and loyalists: ...").
export const TALLY_BREAKDOWN_OPEN_RE = new RegExp(
  String.raw`^\s*(?:[Oo]f\s+(?:those|them|these|whom|the\s+(?:dead|victims|total))\b|[Aa]mong\s+(?:them|those|these|the\s+(?:dead|vic` +
    String.raw`tims))\b|[Tt]he\s+(?:rest|remaining|remainder)\b|(?=\p{Lu})(?=[\p{L}'’ -]{1,60}:\s)[\p{L}'’ -]{0,40}?\b(?:[Cc]ivilians|[` +
    String.raw`Cc]hildren|[Ww]omen|[Mm]en|[Rr]egime|[Gg]overnment|[Ff]orces|[Ff]ighters|[Ff]actions|[Ss]oldiers|[Mm]embers|[Tt]roops|[M` +
    String.raw`m]ilitias|[Mm]ilitiamen|[Ll]oyalists|[Rr]ebels|[Jj]ihadists|ISIS|IS|Daesh|[Oo]thers|[Cc]ombatants|[Uu]nidentified|[Ff]or` +
    String.raw`eigners|SDF|HTS|[Dd]efectors|[Dd]etainees)\b[\p{L}'’ -]{0,30}:\s)`,
  "u",
);

// A relative anchor between two figures of one sentence separates two attacks.
export const SPLIT_ANCHOR_RE =
  /\b(?:(?:a|an|one|two|three|four|five|six|seven|\d{1,2}|several|a\s+few)\s+)?(?:days?|weeks?|hours?)\s+(?:after|before)\b|\bdays?\s+(?:earlier|later)\b/gi;

// ", and the Syrian Observatory published hours ago that ...", ", while the SOHR learned that ...": the monitor's
// next item in a run-on sentence
export const MONITOR_NEXT_ITEM_RE = new RegExp(
  String.raw`,\s*(?:and|while|whereas)\s+(?:the\s+)?(?:Syrian\s+Observatory(?:\s+for\s+Human\s+Rights)?|SOHR|Observatory)\s+(?:also\s+)?` +
    String.raw`(?:published|learned|documented|monitored|recorded|said|reported|was\s+informed)\b`,
  "i",
);

// A second attack told in the same sentence: ", while the second car bomb left 7 dead", "and another blast".
// (also ", while the number of people who died in the bombing of Hass rose to 3": another attack's own toll)
export const SECOND_ATTACK_SPLIT_RE = new RegExp(
  String.raw`\b(?:the\s+(?:second|other|third|later)|another|a\s+(?:second|separate|similar))\s+(?:[\w-]+\s+)?(?:attack|blast|bomb|car\s+bomb|` +
    String.raw`explosion|strike|airstrike|air\s+strike|ambush|shell|bombing|drone\s+strike|mine|landmine)\b|,\s*(?:while|whereas)\s+the\s+` +
    // (", meanwhile two citizens died when the regime bombarded al-Wa'er": the monitor's next item)
    String.raw`(?:number\s+of|death\s+toll|toll)\b|,\s*meanwhile\b|${MONITOR_NEXT_ITEM_RE.source}` +
    // ("It reported that a civilian was shot dead near the border, that two others died in Homs, and that one was
    // killed in Daraa": each reported clause its own statement)
    String.raw`|,\s*(?:and\s+)?that\s+(?=(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s)` +
    // ("five rebels and one civilian killed in Salaheddin, while the bodies of eight unidentified men were found": a
    // find, not more of the fighting's dead)
    String.raw`|,\s*(?:while|whereas)\s+(?=the\s+bodies\s+of\b)` +
    // ("shelling killed 12 people in a Kurdish town in Aleppo province, where 20 soldiers and seven rebels were killed
    // in fighting at a military base": another fight in the place just named)
    String.raw`|,\s*where\s+(?=[^.;]{0,60}\b(?:killed|died)\s+in\s+(?:the\s+)?(?:fighting|clashes|battles)\b)` +
    // ("air strikes on Telmans killed a further nine people, and another six people ... were killed in Maasaran": more
    // dead with a verb and a place of their own)
    String.raw`|,\s*and\s+(?=(?:another|a\s+further)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s[^.;]{0,80}?` +
    String.raw`\b(?:were\s+(?:killed|martyred)|died)\s+(?:in|at|near)\s+(?:the\s+(?:town|village|city|neighbou?rhood)\s+of\s+)?` +
    // (the pattern ignores case: "in other battlefront towns" is no town of their own)
    String.raw`(?!(?:other|several|various|different|nearby|neighbou?ring|surrounding|many|some|the|hospitals?)\b)[a-z])`,
  "gi",
);

// Names of sources are not places ("SANA", "the Syrian Observatory", "Deir Ezzor 24").
export const SOURCE_NAMES_RE = new RegExp(
  [
    String.raw`\bSANA\b|\bSyrian\s+Observatory(?:\s+for\s+Human\s+Rights)?\b|\bSOHR\b|\bDeir\s*(?:ez|Ez)?[- ]?zor\s*24\b|\bAmaq\b`,
    String.raw`\b(?:AFP|Reuters|AP|EFE|dpa|Xinhua|Anadolu|ANHA|Hawar)\b|\bWhite\s+Helmets\b|\bRudaw\b|\bKurdistan\s*24\b|\bNorth\s+Press\b`,
    String.raw`\bEnab\s+Baladi\b|\bAl[- ]Masdar(?:\s+News)?\b`,
  ].join("|"),
  "g",
);

// (the clauses can be long: "while the Local Committees, a network of activists on the ground, put the toll at 320")
const SAID = String.raw`said|put|puts|reported|gave|says|according|claimed|claims|counted|documented|estimated|told`;
export const DISAGREE_RE = new RegExp(
  String.raw`\b(?:while|whereas|but|although)\b[^.;]{0,110}\b(?:${SAID})\b` +
    String.raw`|\b(?:said|put|reported|according\s+to)\b[^.;]{0,180}\b(?:while|whereas|but)\b[^.;]{0,110}\b(?:${SAID})\b` +
    // "Local police confirmed two deaths, and the opposition said at least 15 died": two sources, one each
    String.raw`|\b(?:confirmed|said|reported|put|counted|documented)\b[^.;]{0,120},\s*and\s+(?:the\s+)?(?:[\w-]+\s+){1,4}(?:${SAID})\b`,
  "i",
);

/** Are several death figures of one statement sources disagreeing ("SANA said 5, the Observatory 6")? */
export function figuresDisagree(text: string, figs: readonly unknown[]): boolean {
  return figs.length >= 2 && (DISAGREE_RE.test(text) || (figs.length === 2 && ALT_TOLL_RE.test(text)));
}

/** The deaths span several days: "over the past two days", "in recent days", "since the day before yesterday". */
export const SEVERAL_DAYS_RE = new RegExp(
  [
    String.raw`\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:two|three|four|five|few|several|couple\s+of|\d+)\s+days\b`,
    String.raw`\bin\s+recent\s+days\b|\bsince\s+the\s+day\s+before\s+yesterday\b`,
  ].join("|"),
  "i",
);

// "killed in the Mzairib attack", "the Azaz bombing": an attack named by its place, told before
export const NAMED_ATTACK_RE = /\bthe\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:attack|bombing|massacre|strike|blast|explosion|shelling|ambush)\b/;

/** A word that names an attack: a sentence without one tells no event of its own. */
export const ATTACK_WORD_RE =
  /\b(?:attack|ambush|assault|clash|bomb|explosion|blast|strike|airstrike|shell|raid|offensive|fighting|massacre|opened\s+fire|stormed)/i;

// "20 in Homs", "killed 12 in the city of al-Bab", "eight each in Hama": a figure told with its place right after it
export const PLACE_AFTER_FIGURE_RE =
  /^(?:\s+[a-z-]+){0,4}?\s+(?:each\s+)?(?:in|at|near)\s+(?:the\s+)?(?:[a-z-]+\s+){0,5}?(?!Syria\b)(?:(?:al|el|as|ash|ad|ar|at|az)-)?[A-Z]/;
