/**
 * People and their offices (internal): the office lexicon, person-name recognition, the state of
 * each office, and the coreference of later mentions (surname, office reference, pronoun) to the
 * person first named.
 *
 * <p>{@link dev.entente.parse.internal.people.PeopleStage} loads the word lists and runs the
 * reading of one article, which is built in layers, each a class to read on its own:
 *
 * <ol>
 *   <li>{@code Reading}: the article's tokens with their word classes and states, the people found
 *       and their mentions;
 *   <li>{@code NameWords}, {@code WrappedNames} and {@code NameReader}: names as news writes them (the
 *       tests of single words; the breaks of hard-wrapped lines; the reader of a whole name), a run of capitalised words with the particles
 *       (bin, ibn, al-, de, van, von: {@code name-particles.txt}) and honorifics that belong to it
 *       ({@code name-honorifics.txt}: Sheikh, Sayyid, Tengku), courtesy titles skipped ({@code
 *       honorifics.txt}: Mr, Dr, Señor, Licenciado, Malaysian titles of honour such as Dato' Seri, ranks written as one
 *       word such as Lt-Col, royal, clerical and academic ranks such as Prince, Ayatollah, Professor; "M." for "Monsieur" when the article also writes it before a surname alone, "M.
 *       [Given] [Surname]" ... "M. [Surname] said", which no one writes with an initial), in any order; after a courtesy title (not a
 *       style, "His Highness") a monarch's title that is also a given name opens the name ("Mr. Amir [Surname]", "Comrade Sultan [Given] [Surname]");
 *       initials written without periods are read whole when one of them is "A" or "I" ("A P [Given] [Surname]"); the given-names list helps, it does not gate; a name whose first
 *       words end a line of hard-wrapped copy goes on with the next line ("[Office] [Given]" /
 *       "[Surname] met ..."), when its words there end inside that line, also after a particle ("[Given] den" /
 *       "[Surname],"); a hyphenated given name broken at a line's end is one word ("[Given]-" / "[Given]
 *       [Surname]"); right after a minister's office a monarch's title that is also a given name opens
 *       the name ("Finance Minister Amir [Surname]"; not after a head's office: "Crown Prince Sultan ..."), and
 *       so does a short capitalised stop word after the portfolio a title ends on ("Minister of Public
 *       Security To [Surname]");
 *   <li>{@code StateWords}: the words that bind a state to an office next to it: a state's adjective
 *       or possessive, modifiers skipped before the office ("former", "then-"; "then-" written onto the
 *       office's first word, "then-President", is left out of the title), "of X" with states'
 *       formal names of several words;
 *   <li>{@code OfficeLists}, {@code OfficeReader}, {@code CounterpartReader} and {@code
 *       AppositionReader}: a person introduced with an office (plural offices and their lists of
 *       states; an office before the name; a counterpart; an office after the name or none), read
 *       through {@code OfficeLexicon} ({@code offices.tsv}, {@code portfolios.txt}: ministers by
 *       portfolio in {@code PortfolioTitles}; a minister's title that ends on its portfolio goes on with the portfolio words
 *       after it, "Minister for Defence Industry", "Minister for Defence and National Security", where
 *       "defence" before another portfolio qualifies it, a minister's and no defence minister's; a
 *       portfolio in capitalised words the list lacks is the title's up to the comma that closes it, when
 *       a name follows the comma or stands before the title, "the [adjective] Minister for
 *       Inter-territorial Co-ordination, A,", "A, Minister of the Royal Office,", and never holds a given
 *       name, so "Minister of Finance [Given] [Surname]," is a title and a name; the office of a collective body, "Chairman of the State Peace and
 *       Development Council", a party's, "General Secretary of the [initials] Central Committee",
 *       "First Secretary of the Communist Party of [state]", read through {@code body-words.txt}; the chair of a legislature ({@code
 *       legislature-words.txt}: "Chairman of the National Assembly") a legislator; an envoy's post (an
 *       ambassador's, or a High Commissioner's, the envoy Commonwealth states exchange; the United
 *       Nations' high commissioners are no state's), "Ambassador to [state]", "in [capital]", naming the host, not the envoy's state; a ministry's spokesperson,
 *       "spokesperson of the [adjective] Foreign Ministry"), in an apposition after the name (after a
 *       legislator's letters too: "[Name] MP, [office] of [state]"), also
 *       one a clause or an adverb opens ({@code apposition-leads.txt}: "[Name], who serves as
 *       [State]'s [office],"), as a counterpart ({@code
 *       counterpart-words.txt}; "his [adjective] counterpart, [office] A" gives A that office; {@code
 *       colleague-words.txt} only after a state word: "his [adjective] colleague A"), an office beside a military rank ("[office] Lieutenant General A", "General A, [state]'s
 *       [office]": the office, not the rank, is the title), a
 *       title of two offices joined by "and" ("Crown Prince and Prime Minister": the whole title,
 *       the weightier role), an office with the state after it ("President of the Islamic Republic of
 *       Iran A": the whole phrase the leader's title, the office alone what later mentions are matched
 *       by; "the President of the Republic, A" a head of state's office whose state the rules after the
 *       text's give), with
 *       an office a copula predicates ({@code copulas.txt}, {@code rank-words.txt}: "A was the last
 *       [adjective] head of state to visit", "A became [State]'s first [office]"), or one a phrase of
 *       taking office gives ({@code taking-office-words.txt}: "A was sworn in as [State]'s first
 *       [office]", "A took office as [office]", "A presented his credentials as [State]'s [office]"),
 *       which supersedes an office written before the name ("Premier A was sworn in as the first
 *       Prime Minister", "The last Governor, A, stays on as Governor-General": the office taken is A's,
 *       of its own state word, else of the office before), and is no state's when "of" a body follows
 *       it that names none ("took over as president of the [Body] Commission"), or standing where a person stands (a known given name, a verb of
 *       saying after it: {@code speech-verbs.txt});
 *   <li>{@code MeetingSides}, {@code PageStates}, {@code DictionaryStates} and {@code OfficeStates}:
 *       the state of an office the text leaves open (the sides of a meeting; the outlet's, the
 *       dateline's and the states the report names most; the office-holder dictionary; the rules in
 *       the order below);
 *   <li>{@code NameReferences}: later mentions by name; a person introduced under a shorter form of
 *       a fuller name the article writes (its leading words, "Chairman [Family]"; a given name alone
 *       under the same office, "Prime Minister [Given]"; or its last two words or more, a particle
 *       first or not, "[Particle] [Family]"; a given name with the father's after a particle, "[Given] bin
 *       [Father]") is the fuller name's person; so is an honorific that belongs to a name with the
 *       name's first word alone ("Sheikh [Given]" after "Sheikh [Given] bin [Father] Al [House]"), when
 *       one person's name is written so; two names with the same first and last words are of two people
 *       when each has a middle word, not an initial, the other lacks ("[Given] Al-[Father] Al-[Grandfather]
 *       Al-[House]" and "[Given] [Uncle] Al-[Grandfather] Al-[House]": two of one house);
 *   <li>{@code Coreference}: later mentions by office and pronoun, and the persons and leaders
 *       written to the document.
 * </ol>
 *
 * <h2>The state of an office holder</h2>
 *
 * The first of these rules that gives a state wins ({@code StateRule} names them):
 *
 * <ol>
 *   <li><b>The text's grammar</b>, at the mention that gives the office: a state's adjective or
 *       possessive before the office ("Russian President A", "Russia's president A",
 *       "then-Venezuelan foreign minister A"); "of X" after the office or the name ("President of
 *       Venezuela A", "King A of Jordan"); an apposition ("A, X's foreign minister", "A, the German
 *       chancellor"); "his/her [adjective] counterpart (colleague) A"; the side a sentence puts the people after
 *       it on, "on (from, for) the [adjective] side (part, delegation)", the nearest before the
 *       person ("attended on the [A] side by [office] X and on the [B] side by [office] Y"); the state
 *       a holder signs for, "signed for (on behalf of) [State] by [office] X", "Signing for [State] was
 *       [office] X", "For [State] the document was signed by X", "[office] X (, who) signed for [State]"; the side a holder leads,
 *       named after the name, "[office] X is to lead a [adjective] delegation", "[office] X, who headed
 *       the [adjective] side,", "X, head of the [adjective] delegation" ({@code leading-words.txt}; a side is one
 *       state's, whoever hosts the talks). A state
 *       word binds only the office it stands next to: in "X's King A and President B" B does not
 *       inherit X. Two states or more before a plural office, or after it with "of", and as many names after it
 *       bind in order: in "X's and Y's foreign ministers, A and B" A is X's and B is Y's, in "the foreign
 *       ministers of X, Y and Z, A, B and C" C is Z's (a list of states ends with "and" and a state); so does "of
 *       [state]" before each name ("the presidents of X, A, and of Y, B"). A plural office may take its
 *       "s" before its first "of" or "for" ("ministers of foreign affairs"), and a title ending on a
 *       consonant and "y" takes "ies" ("foreign secretaries"); each holder's title is the singular. "Of the two countries" (of both nations, of the two [adjective] states) after a plural
 *       office binds no state: the names after it hold the office, each with its own "of [state]" or
 *       as the pair's counterparts ("the finance ministers of the two countries, A of X and B of Y").
 *   <li><b>An office only one state has</b> ("Taoiseach", "State Duma speaker": the third column of
 *       {@code offices.tsv}).
 *   <li><b>The office-holder dictionary</b> ({@code dev.entente.parse.internal.knowledge.OfficeHolders})
 *       by the person's name (with its title when the dictionary writes it so, "King Hussein"; the
 *       fullest form, then without honorifics, without middle initials ("[Given] S. [Surname] III" is
 *       "[Given] [Surname] III"), first and last word, surname) and the article's date (the publication date, else the latest date the text names); a name
 *       that fits holders of two states decides nothing. The dictionary gives a state, and a role
 *       to a person the text names with no office ("Macron said"), never a title.
 *       A whole name the dictionary holds for one state on other days only (a vice-premier before
 *       leading the state) gives that state, as it stood on the article's date, when the report names it, to a person named
 *       with an office, and no shorter holder of the day ("[Given] [Given] [Surname]" beside a monarch "[Given] [Given]") decides it.
 *   <li><b>The side of the one accompanied</b> ({@code accompany-words.txt}): "[A] was accompanied
 *       by [office] B and [office] C", "[A], flanked by [office] B, met ...": A's state, A the person
 *       the sentence opens with, when no verb of meeting stands between A (or A's relative clause,
 *       "A, who was received by ...,") and the verb of going along, nor between it and B; when no one
 *       is named before it, the state of an office the sentence opens with ("The [adjective] leader,
 *       who is accompanied by [office] B, ..."), or the state it opens with by name or capital, only a
 *       verb between ("[State] was represented by [office] B": B stands for that state).
 *   <li><b>"counterpart" with no state word</b>: the other party, the state the report names most
 *       other than that of the person faced (the person named before in the sentence, or, for "his
 *       counterpart" in a sentence that names no one before it, the person named last in the one
 *       before); the other way round, the person a counterpart faces is of the other party to the
 *       counterpart's state word ("[office] A and his [adjective] counterpart B": A is not B's). Two
 *       people a plural office with no state word or modifier introduces ("Foreign Ministers A and
 *       B", "the two envoys, A and B") are each the other's counterpart.
 *   <li><b>a state word on the later of a pair alone</b>: in "[office] A and [adjective] [office] B",
 *       "A, [office], and B, [State]'s [office]" and "[office] A and his [adjective] counterpart", A is
 *       of the party the report names most other than B's.
 *   <li><b>"the visiting" holder</b> ({@code visiting-words.txt}): the party that is not the
 *       dateline's state.
 *   <li><b>The other side of a meeting</b>: across a verb of meeting ({@code encounter-words.txt})
 *       from someone of a known state, another state the sentence names; when it names none, for a
 *       holder after the verb the report's other party if the people named before it are of one state
 *       ("[A] was met by [office] B", "[A] and [A's office] C joined talks with [office] B"), for a holder
 *       before it a state the three sentences before name. With no one named before the verb, an office
 *       of a known state the sentence opens with is that side ("The [adjective] leader was welcomed by
 *       [office] B"). The
 *       ones a verb of meeting names one after another are of one side: "[A] met [office] B and
 *       [office] C", and "[A] (or "He") was received by [office] B and later called on [office] C";
 *       a state named in the sentence is compared as it stood on the article's date ("Moscow" in a
 *       report of 1987 is the Soviet Union's).
 *   <li><b>The same side</b>: the state of the person named just before in the sentence, when no
 *       verb of meeting stands between them and they are not only joined by "and" or commas, for a
 *       person not one of such a pair of counterparts
 *       ("members of Maduro's government, with vice president A").
 *   <li><b>The outlet's state</b>, for an office still unqualified in a report whose source is a
 *       state's national news agency ({@code national-agencies.txt} of the article reader, passed on
 *       as {@code Document.sourceState}), or (read by the article reader too, as
 *       {@code Document.outletState}) a paper or station whose name holds a state's name,
 *       adjective or capital ("The [Adjective] Times", "[Capital] Post", "Radio [State]") or whose
 *       masthead names its capital after it ("[PAPER], [Capital], [date]"), or the town it is published in
 *       before the date ("[Paper]" / "[TOWN], [WEEKDAY] [day] [MONTH] [year]", "[PAPER] - [Town] -
 *       [date]": a city of one state, {@code cities.tsv} of the knowledge, so that a correspondent's
 *       report from abroad gives the paper's offices the paper's state, not the dateline's), or names one state after a bar
 *       on its line ("[Paper] | [State]'s Leading Daily", "[Paper] | [Capital] | [date]"), when the report names
 *       that state and another (a visit to or from it) and no one else holds that office of that
 *       state: an outlet writes its own state's offices without the state's name, wherever it files
 *       from.
 *   <li><b>The dateline's state</b>, for an office still unqualified in a report datelined in a
 *       state it is about, when the report names another state too (a visit, talks; a state named only
 *       at a person's office counts, "President B of X") and no one else holds that office of that state. In
 *       both, a minister's secretary ("Foreign Secretary", "Defence Secretary") beside a minister of the
 *       same kind of that state under another title ("External Affairs Minister") is the ministry's
 *       senior civil servant, as South Asian states title one: an official of that state. A dateline in another city ({@code cities.tsv} of the
 *       knowledge: "SHANGHAI") gives its state when the report names that state. The dateline's
 *       state is that of the report's date: a capital that was a former state's is that state's
 *       ({@code former-states.txt}: Moscow in 1987 is the Soviet Union's).
 *   <li><b>An unclaimed head's office</b>: for a head of state or government, the last state named
 *       in the three sentences before whose office of that kind no one else holds.
 * </ol>
 *
 * No rule takes the nearest state in the sentence alone: an office none of them settles has no
 * state, and its holder is a person, not a leader.
 *
 * <h2>Not people</h2>
 *
 * Office words, portfolios, ministries, parts of organisations, ranks and place names never start
 * or end a name: office head words end a name ({@code offices.tsv}), an office opens none (in "the
 * President, Foreign Minister [Name]" the apposition is the next holder, not a name "Foreign"), and {@code name-stops.txt}
 * lists the capitalised words that are never part of one. A run of name words before the head noun
 * of a place or a body ({@code named-places.txt}: "[title] [Name] Grand Mosque", "[Name]
 * Engineering Corporation", "General Administration of Customs") names the place, not a person.
 */
@NullMarked
package dev.entente.parse.internal.people;

import org.jspecify.annotations.NullMarked;
