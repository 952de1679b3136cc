/**
 * Who does what to whom, read from a sentence's structure rather than word order alone: the
 * subject of the trigger (across appositions and relative clauses, back to the antecedent of
 * "qui"/"who", forward to the main clause after a fronted "Lors d'une rencontre avec X,"), its
 * direct or marked object, the agent after "par"/"by" in the passive ("tués par les forces de
 * sécurité", "arrested by police"), a noun's "de"/"of" complement ("l'arrestation de X", "la
 * visite de Berg"), and coordination: "X et Y ont signé" has two actors, "X a signé avec Y" a
 * target, "the DNC sued Russia, the Trump campaign and WikiLeaks" three targets.
 *
 * Hand-written over the entity mentions and the language's grammar words (lang/<lang>/
 * event-lexicon.ts `clause`): no tagger fits. Measured (issue 14, 2026-12): apertium-fr-es's
 * French analyser (lt-proc over fr-es.automorf.bin) reads 890,000 words/s with good lemmas and
 * tags, but leaves each word's readings ambiguous (French has no CG-3 grammar in Debian to
 * choose among them), is a separate process a synchronous stage would spawn per article (a few
 * ms each, against a budget of 3 ms an article), and is a Debian package a user's machine
 * lacks; npm's nlp-js-tools-french tags 560 words/s and misreads "par" as a noun and
 * "arrêtées" as unknown; compromise and wink are English-only.
 */
import { escapeRegExp } from "../../../core/escape-regexp.js";
import type { Entity, EntityMention, Sentence } from "../../annotation.js";
import type { ClauseWords, EventTrigger } from "../../lang/event-lexicon.js";

export interface Participant {
  entity: Entity;
  mention: EntityMention;
  /** Whether it is a place named after "à"/"en". */
  scene: boolean;
}

/** The sentence before a trigger's, read on its own words: a name there is a complement by its own preposition. */
export interface EarlierSentence {
  reading: ClauseReading;
  participants: readonly Participant[];
}

export interface Roles {
  actors: string[];
  targets: string[];
  /** The subject undergoes the act ("a été arrêtée", "a reçu des coups"): no one else in the sentence stands in for a missing agent. */
  undergone?: boolean;
  /** The trigger is a verb, not a noun ("a arrêté", not "l'arrestation"). */
  verb?: boolean;
  /** The clause's subject is not who acts ("la télévision d'Etat syrienne a rendu compte d'un attentat"): no demonym of it stands in. */
  subjectApart?: boolean;
}

export interface ClauseGrammar {
  prepositions: Set<string>;
  contracted: Set<string>;
  determiners: Set<string>;
  prenominalAdjectives: Set<string>;
  possessives: Set<string>;
  undergo: Set<string>;
  genitive: Set<string>;
  relatives: Set<string>;
  /** "ce" of "ce qui": a relative after it stands for a clause, not a name. */
  clauseAntecedents: Set<string>;
  /** "il", "qui", "ne": a determiner's form after them is an object pronoun ("il le tuait"). */
  cliticHosts: Set<string>;
  /** "jusqu'à", "plus de", folded into their words: they count the name after them, not govern it. */
  quantityPhrases: string[][];
  /** A word ending as the language's verbs do. */
  verbEnding: RegExp;
  /** A trigger ending as a past participle that no auxiliary needs to be passive ("arrêtés"). */
  pastParticiple: RegExp;
  complementizers: Set<string>;
  subjectPronouns: Set<string>;
  singularPronouns: Set<string>;
  /** "entre", "between": the two sides of a symmetric event. */
  between: Set<string>;
  targetPrepositions: Set<string>;
  agentPrepositions: Set<string>;
  passive: Set<string>;
  weakPassive: Set<string>;
  /** First words of the conjunctions that open a new clause after a comma ("mais", "but"). */
  conjunctions: Set<string>;
  /** Words between two names that coordinate them (", ", " et ", ", and "). */
  coordination: RegExp;
  /** A coordinator among them ("et", "and"). */
  coordinatorWord: RegExp;
  /** A progressive form, never passive after "was" ("was attacking"). */
  progressive: RegExp;
  /** "à l'origine de", "responsible for", as folded words: their subject did the acts named after them. */
  responsibilityPhrases: string[][];
  /** Stems of verbs laying an act on someone ("accus", "attribu"). */
  allegingStems: readonly string[];
  /** A present participle ("esquissant", "calling"). */
  presentParticiple: RegExp;
  /** Words tying a verb to the one before as its non-finite clause ("de", "après avoir", "to"). */
  controlLinks: Set<string>;
  /** "un", "a": a role after one names no one yet. */
  indefinites: Set<string>;
  /** A finite verb form that no noun or participle ends as ("utilisent", "arrêtaient"). */
  finiteVerb: RegExp;
}

const cache = new WeakMap<ClauseWords, ClauseGrammar>();
const fold = (word: string) => word.toLowerCase().replace(/’/gu, "'");
/** Words (an elided one with its apostrophe: "l'", "qu'") and single marks. */
const TOKEN = /[\p{L}\p{N}]+['’]?|[^\s\p{L}\p{N}]/gu;

/** A text's words and marks as a clause reading folds them ("l'", "égypte"). */
export function foldedWords(text: string): string[] {
  return (text.match(TOKEN) ?? []).map(fold);
}

interface ClauseToken {
  word: string;
  start: number;
  end: number;
}
const UPPER_FIRST = /^\p{Lu}/u;
const LETTER_FIRST = /^\p{L}/u;
const LOWER_WORD = /^\p{Ll}+$/u;
/** Marks that close a stretch of a sentence: an apposition, a relative clause, a fronted phrase. */
const SEGMENT_MARKS = /[,;:()«»“”"—–\[\]]|\s-\s/gu;
/** Names whose words are a hashtag or a handle: actors only as the subject itself. */
const TAG = /^[#@]/u;
/** How far back from a trigger its verb group may reach for an auxiliary ("ont été violemment réprimés"). */
const VERB_GROUP = 40;

export function clauseGrammar(words: ClauseWords, targetPrepositions: readonly string[], agentPrepositions: readonly string[], passiveMarkers: readonly string[]): ClauseGrammar {
  let grammar = cache.get(words);
  if (!grammar) {
    const set = (list: readonly string[]) => new Set(list.map(fold));
    const alternation = [",", ...words.coordinators, ...words.coordinators.map((word) => `,\\s*${escapeRegExp(word)}`)].map((word) => (word.startsWith(",") ? word : escapeRegExp(word))).join("|");
    // "la Norvège et le Danemark": a determiner may open the next name's words.
    const determiners = words.determiners.map((word) => (/['’]$/u.test(word) ? `${escapeRegExp(word.slice(0, -1))}['’]` : `${escapeRegExp(word)}\\s+`)).join("|");
    grammar = {
      prepositions: set(words.prepositions),
      contracted: set(words.contractedPrepositions),
      determiners: set(words.determiners),
      prenominalAdjectives: set(words.prenominalAdjectives ?? []),
      possessives: set(words.possessiveDeterminers ?? []),
      undergo: set(words.undergoVerbs ?? []),
      genitive: set(words.genitivePrepositions),
      relatives: set(words.relativePronouns),
      clauseAntecedents: set(words.clauseAntecedents ?? []),
      cliticHosts: set(words.cliticHosts ?? []),
      quantityPhrases: (words.quantityPhrases ?? []).map(foldedWords),
      // Any word may be a verb when the language lists no endings: no noun reading is taken then.
      pastParticiple: words.pastParticipleEndings?.length ? new RegExp(`(?:${words.pastParticipleEndings.map(escapeRegExp).join("|")})$`, "iu") : /(?!)/u,
      verbEnding: words.verbEndings?.length ? new RegExp(`(?:${words.verbEndings.map(escapeRegExp).join("|")})$`, "u") : /(?:)/u,
      complementizers: set(words.complementizers),
      subjectPronouns: set(words.subjectPronouns),
      singularPronouns: set(words.singularPronouns),
      between: set(words.betweenPrepositions),
      targetPrepositions: set(targetPrepositions),
      agentPrepositions: set(agentPrepositions),
      passive: set(passiveMarkers),
      weakPassive: set(words.weakPassiveMarkers),
      conjunctions: set((words.clauseConjunctions ?? []).map((phrase) => phrase.split(/\s+/u)[0]!)),
      coordinatorWord: new RegExp(`(?<![\\p{L}])(?:${words.coordinators.map(escapeRegExp).join("|")})(?![\\p{L}])`, "iu"),
      // "the Trump campaign and WikiLeaks": one lowercase noun may end a name's phrase before the separator.
      coordination: new RegExp(`^(?:\\s+\\p{Ll}+)?\\s*(?:${alternation})\\s*(?:${determiners})?$`, "u"),
      progressive: words.progressiveEnding ? new RegExp(`${escapeRegExp(words.progressiveEnding)}$`, "iu") : /(?!)/u,
      responsibilityPhrases: (words.responsibilityPhrases ?? []).map((phrase) => foldedWords(phrase)),
      allegingStems: (words.allegingVerbStems ?? []).map(fold),
      indefinites: set(words.indefiniteDeterminers ?? []),
      controlLinks: set(words.controlLinks ?? []),
      finiteVerb: words.finiteVerbEndings?.length ? new RegExp(`\\p{L}{2}(?:${words.finiteVerbEndings.map(escapeRegExp).join("|")})$`, "u") : /(?!)/u,
      presentParticiple: words.presentParticipleEnding ? new RegExp(`\\p{L}${escapeRegExp(words.presentParticipleEnding)}$`, "iu") : /(?!)/u,
    };
    cache.set(words, grammar);
  }
  return grammar;
}

/** The stretches of a sentence between commas, parentheses, colons, dashes and quotation marks. */
export function segmentsOf(text: string, sentence: Sentence): Sentence[] {
  const slice = text.slice(sentence.start, sentence.end);
  const segments: Sentence[] = [];
  let from = 0;
  for (const mark of slice.matchAll(SEGMENT_MARKS)) {
    // "1,400": a comma between digits is no mark.
    if (mark[0] === "," && /\d/u.test(slice[mark.index - 1] ?? "") && /\d/u.test(slice[mark.index + 1] ?? "")) continue;
    if (mark.index > from) segments.push({ start: sentence.start + from, end: sentence.start + mark.index });
    from = mark.index + mark[0].length;
  }
  if (from < slice.length) segments.push({ start: sentence.start + from, end: sentence.end });
  return segments;
}

export interface TriggerPlace {
  trigger: EventTrigger;
  start: number;
  end: number;
  text: string;
  /** Named as the time of another event ("après la normalisation"): its parties may be the sentence's. */
  framed?: boolean;
  /** Where the sentence's next trigger starts: "entre X et Y" after it is that event's ("une visite, la première depuis la reprise des relations entre X et Y"). */
  nextTrigger?: number;
  /** The sentence's trigger before this one, read as a verb, with its roles: a verb coordinated with it shares its subject ("qui ont attaqué l'ambassade, … et brûlé le drapeau"). */
  previousVerb?: { end: number; roles: Roles; doneTo: boolean };
}

/** What a sentence's words say of its names, read once per sentence and shared by its triggers. */
export class ClauseReading {
  private readonly prepositions = new Map<Participant, string>();
  private tokenList: ClauseToken[] | null = null;

  constructor(
    readonly text: string,
    readonly sentence: Sentence,
    readonly grammar: ClauseGrammar,
    readonly canAct: (participant: Participant) => boolean,
    readonly segments: readonly Sentence[] = segmentsOf(text, sentence),
  ) {}

  /** The sentence's words and marks, folded, in order: read once, for all the questions below. */
  get tokens(): readonly ClauseToken[] {
    if (!this.tokenList) {
      this.tokenList = [];
      TOKEN.lastIndex = this.sentence.start;
      for (let match = TOKEN.exec(this.text); match && match.index < this.sentence.end; match = TOKEN.exec(this.text)) {
        this.tokenList.push({ word: fold(match[0]), start: match.index, end: match.index + match[0].length });
      }
    }
    return this.tokenList;
  }

  /** The tokens lying wholly between two positions. */
  between(from: number, to: number): readonly ClauseToken[] {
    const tokens = this.tokens;
    let low = 0;
    let high = tokens.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tokens[middle]!.start < from) low = middle + 1;
      else high = middle;
    }
    let last = low;
    while (last < tokens.length && tokens[last]!.end <= to) last += 1;
    return tokens.slice(low, last);
  }

  /** The preposition before a name, across its determiners ("avec la France", "dans toute l'Égypte", "des États-Unis"); "" when none. */
  prepositionBefore(participant: Participant): string {
    let found = this.prepositions.get(participant);
    if (found === undefined) {
      found = "";
      const before = this.between(Math.max(this.sentence.start, participant.mention.start - 60), participant.mention.start);
      // "de l'université WadMadani Ahlia", "au président Saleh": a proper name after a common noun is that noun's apposition, in its complement.
      const nounFirst = before.length >= 2 && UPPER_FIRST.test(participant.mention.text) && this.isCommonNoun(before.at(-1)!) && this.opensNounPhrase(before.at(-2)!.word);
      const last = before.length - (nounFirst ? 2 : 1);
      for (let k = last; k >= 0 && k >= last - 3; k -= 1) {
        const word = before[k]!.word;
        if (this.grammar.contracted.has(word) || this.grammar.prepositions.has(word)) {
          // "Jusqu'à un million de personnes", "plus de 1000 policiers": a count, not a complement.
          if (!this.endsQuantity(before, k)) found = word;
          break;
        }
        if (!this.grammar.determiners.has(word)) break;
      }
      this.prepositions.set(participant, found);
    }
    return found;
  }

  /** Whether a quantity phrase ("plus de") ends at `tokens[k]`. */
  private endsQuantity(tokens: readonly ClauseToken[], k: number): boolean {
    return this.grammar.quantityPhrases.some((phrase) => phrase.length <= k + 1 && phraseAt(tokens, k - phrase.length + 1, phrase));
  }

  /** Whether a lowercase word may be a common noun: no grammar word ("à laquelle Rima", "qu'il", "et Rima"). */
  isCommonNoun(token: ClauseToken): boolean {
    const { grammar } = this;
    const word = token.word;
    return (
      LOWER_WORD.test(this.text.slice(token.start, token.end)) &&
      !grammar.relatives.has(word) &&
      !grammar.complementizers.has(word) &&
      !grammar.subjectPronouns.has(word) &&
      !grammar.cliticHosts.has(word) &&
      !grammar.conjunctions.has(word) &&
      !grammar.coordinatorWord.test(word) &&
      !grammar.prepositions.has(word) &&
      !grammar.determiners.has(word)
    );
  }

  /** Whether a word opens a noun phrase: a determiner or a preposition. */
  private opensNounPhrase(word: string): boolean {
    return this.grammar.determiners.has(word) || this.grammar.prepositions.has(word) || this.grammar.contracted.has(word);
  }

  isComplement(participant: Participant): boolean {
    return this.prepositionBefore(participant) !== "";
  }

  /** The names coordinated before `head` in `list` ("La Norvège et le Danemark ont signé"), head last. */
  coordinatedBefore(list: readonly Participant[], head: Participant): Participant[] {
    const chain = [head];
    for (let k = list.indexOf(head) - 1; k >= 0; k -= 1) {
      const previous = list[k]!;
      if (!this.grammar.coordination.test(this.text.slice(previous.mention.end, chain[0]!.mention.start)) || this.isComplement(previous)) break;
      chain.unshift(previous);
    }
    return chain;
  }

  /**
   * The names coordinated from `head` on in `list`, those who can act kept: "les deux pays" is one
   * mention of two states; a comma joins names only in a list a coordinator closes ("Russia,
   * Ukraine and Belarus"; "attaque Israël, les États-Unis riposteront" is no list).
   */
  coordinatedAfter(list: readonly Participant[], head: Participant): Participant[] {
    const chain = list.filter((participant) => participant.mention.start === head.mention.start && participant.mention.end === head.mention.end);
    let closed = chain.length;
    for (let k = list.indexOf(chain.at(-1)!) + 1; k < list.length; k += 1) {
      const next = list[k]!;
      const gap = this.text.slice(chain.at(-1)!.mention.end, next.mention.start);
      if (!this.grammar.coordination.test(gap)) break;
      chain.push(next);
      if (!COMMA_ONLY.test(gap) || this.grammar.coordinatorWord.test(gap)) closed = chain.length;
    }
    return chain.slice(0, closed).filter(this.canAct);
  }

  firstWordOf(span: Sentence): string {
    return this.between(span.start, span.end)[0]?.word ?? "";
  }

  /** A stretch opening with a preposition is a fronted phrase ("Lors de sa visite,"); "des" opening one is a determiner ("…, des milliers de Yéménites"). */
  opensWithPreposition(span: Sentence): boolean {
    const word = this.firstWordOf(span);
    return this.grammar.prepositions.has(word) || (this.grammar.contracted.has(word) && !this.grammar.determiners.has(word));
  }

  /** A stretch opening with a conjunction (", mais …") is a new clause. */
  opensWithConjunction(span: Sentence): boolean {
    return this.grammar.conjunctions.has(this.firstWordOf(span));
  }

  opensWithRelative(span: Sentence): boolean {
    return this.grammar.relatives.has(this.firstWordOf(span));
  }

  /**
   * Where a relative pronoun that is its clause's subject opens `span` or stands before `to` in
   * it ("la police, qui a arrêté", "les manifestants qui réclament"), or null: not "où ils
   * appellent" (the clause has its own subject), nor "ce qui donne lieu à" (it stands for a clause).
   */
  subjectRelative(span: Sentence, to: number): number | null {
    const tokens = this.between(span.start, to);
    const at = this.opensWithRelative(span) ? 0 : tokens.findLastIndex((token) => this.grammar.relatives.has(token.word) && !this.grammar.complementizers.has(token.word));
    if (at < 0) return null;
    const relative = tokens[at]!;
    if (this.grammar.complementizers.has(relative.word)) return null;
    if (this.grammar.clauseAntecedents.has(at > 0 ? tokens[at - 1]!.word : this.wordBefore(relative.start))) return null;
    return relative.start;
  }

  /** The word before a position in the sentence, folded. */
  wordBefore(position: number, from = this.sentence.start): string {
    return this.between(Math.max(from, position - 40), position).at(-1)?.word ?? "";
  }

  /** The words between two positions, folded. */
  words(from: number, to: number): string[] {
    return this.between(from, to).map((token) => token.word);
  }
}

const WHITESPACE_ONLY = /^\s*$/u;
/** Nothing but an aside in brackets ("[en anglais]", "(AFP)") or whitespace. */
const ASIDE_ONLY = /^\s*(?:[[(][^[\]()]*[\])]\s*)?$/u;

/**
 * Whether a verb is tied to the one before by words of a non-finite clause only ("refusé de
 * tuer", "arrêtée après avoir manifesté", "refused to shoot"), no name between: its subject is
 * the one before's (subject control), not "appelé à manifester", whose doer is the one called.
 */
function controlledBy(reading: ClauseReading, previousEnd: number, start: number, present: readonly Participant[]): boolean {
  const tokens = reading.between(previousEnd, start);
  if (tokens.length === 0 || !tokens.every((token) => reading.grammar.controlLinks.has(token.word))) return false;
  return !present.some(({ mention }) => mention.start >= previousEnd && mention.end <= start);
}

/** Whether the folded words of `phrase` are the tokens from `at` on. */
function phraseAt(tokens: readonly ClauseToken[], at: number, phrase: readonly string[]): boolean {
  return at >= 0 && phrase.every((word, offset) => tokens[at + offset]?.word === word);
}

/** Categories whose parties act together: in the passive, "entre X et Y" names them. */
const SYMMETRIC: ReadonlySet<EventTrigger["category"]> = new Set(["AGREE", "CONSULT", "COOPERATE"]);

/** A gap of a comma alone, perhaps after one word ending a name's phrase: a list only if a coordinator closes it. */
const COMMA_ONLY = /^\s*,\s*(?:\p{L}+['’]?\s*)?$/u;

/**
 * The roles of one trigger among the participants of its sentence (`present`, the trigger's own
 * words left out), who can act as `reading.canAct` says: people, organisations, states, groups.
 */
export function clauseRoles(
  reading: ClauseReading,
  found: TriggerPlace,
  present: readonly Participant[],
  /** The sentence before, read, with its participants: for a pronoun subject ("Il a signé"). */
  earlier: EarlierSentence | null = null,
): Roles {
  const roles = rolesInClause(reading, found, present, earlier);
  if (!nominalTrigger(reading, found.start, ownSegment(reading, found.start))) roles.verb = true;
  return roles;
}

/** The stretch of the sentence holding a position. */
function ownSegment(reading: ClauseReading, start: number): Sentence {
  return reading.segments[segmentIndex(reading, start)] ?? reading.sentence;
}

function segmentIndex(reading: ClauseReading, start: number): number {
  return Math.max(0, reading.segments.findIndex((segment) => segment.start <= start && start < segment.end + 1));
}

/**
 * Whether a verb with no subject of its own is coordinated with the sentence's previous verb
 * ("ont attaqué l'ambassade, saisi des documents, et brûlé le drapeau", "utilisent des gaz et
 * arrêtent des journalistes"): a coordinator stands between them, and at most two words (an
 * auxiliary, an adverb), no name, between it and the trigger.
 */
function coordinatedVerb(reading: ClauseReading, previousEnd: number, start: number, present: readonly Participant[]): boolean {
  const tokens = reading.between(previousEnd, start);
  const at = tokens.findLastIndex((token) => reading.grammar.coordinatorWord.test(token.word));
  if (at < 0 || tokens.length - at - 1 > 2) return false;
  const from = tokens[at]!.end;
  return !present.some(({ mention }) => mention.start >= from && mention.end <= start);
}

function rolesInClause(reading: ClauseReading, found: TriggerPlace, present: readonly Participant[], earlier: EarlierSentence | null): Roles {
  const { text, grammar, segments, sentence } = reading;
  const { start, end } = found;
  const index = Math.max(0, segments.findIndex((segment) => segment.start <= start && start < segment.end + 1));
  const own = segments[index] ?? sentence;
  const actorsOk = present.filter(reading.canAct);
  const afterInSentence = actorsOk.filter(({ mention }) => mention.start >= end && !TAG.test(mention.text));
  // Lists are read over every name, places included ("Russia, Kyiv and Minsk"), then only those who can act are kept.
  const allAfter = present.filter(({ mention }) => mention.start >= end && !TAG.test(mention.text));
  const nominal = nominalTrigger(reading, start, own);

  let subject = subjectIn(reading, actorsOk, own, start);
  if (subject.length === 0) {
    const relative = reading.subjectRelative(own, start);
    // "la police, qui a arrêté …", "les manifestants qui réclament …": the antecedent is the name before the pronoun.
    const antecedent = relative === null ? undefined : actorsOk.findLast(({ mention }) => mention.end <= relative && !TAG.test(mention.text));
    if (antecedent) subject = [antecedent];
  }
  // "des pourparlers entre l'Iran et les puissances", "il a été décidé … entre les FAR et Tsahal": both sides act.
  const beforeNext = (participant: Participant) => participant.mention.start < (found.nextTrigger ?? Infinity);
  const between = afterInSentence.find((participant) => grammar.between.has(reading.prepositionBefore(participant)) && participant.mention.start - end < 80 && participant.mention.end <= own.end && beforeNext(participant));
  if (between && (subject.length === 0 || nominal)) {
    const sides = reading.coordinatedAfter(allAfter, between);
    if (sides.length >= 2) return unique(sides, []);
    // "des accrochages entre manifestants": one group in the plural is both sides.
    if (sides.length === 1 && between.entity.generic && PLURAL.test(between.mention.text)) return unique(sides, []);
  }
  const agentAfter = afterInSentence.find((participant) => grammar.agentPrepositions.has(reading.prepositionBefore(participant)) && participant.mention.start - end < 60);
  const auxiliary = reading.words(Math.max(own.start, start - VERB_GROUP), start).slice(-3);
  // "Un protocole a été conclu …, visant à encadrer la coopération entre les deux pays", "il a été décidé d'organiser des
  // exercices entre X et Y": an agreement in the passive, with no agent, is between the sides its sentence names.
  if (!nominal && !agentAfter && SYMMETRIC.has(found.trigger.category) && auxiliary.some((word) => grammar.passive.has(word))) {
    const anyBetween = afterInSentence.find((participant) => grammar.between.has(reading.prepositionBefore(participant)));
    const sides = anyBetween ? reading.coordinatedAfter(allAfter, anyBetween) : [];
    if (sides.length >= 2) return unique(sides, []);
  }
  if (subject.length === 0) subject = pronounSubject(reading, present, earlier, own, start);
  const previous = found.previousVerb;
  if (subject.length === 0 && !nominal && previous && coordinatedVerb(reading, previous.end, start, present)) {
    // "ont été arrêtés et torturés": the same one undergoes both; "ont attaqué X et brûlé Y": the same subject acts.
    if (previous.roles.undergone) return { actors: [...previous.roles.actors], targets: [...previous.roles.targets], undergone: true };
    const roles = rolesInClause(reading, { ...found, previousVerb: undefined }, present.filter(({ entity }) => !previous.roles.actors.includes(entity.id)), earlier);
    return { ...roles, actors: previous.roles.actors.length > 0 && !roles.undergone ? [...previous.roles.actors] : roles.actors };
  }
  if (subject.length === 0 && !nominal && previous && controlledBy(reading, previous.end, start, present)) {
    // "mis à mort après avoir refusé de tuer": a verb with no subject of its own, tied to the one before by "de", "après avoir", is its subject's act.
    const ids = previous.roles.undergone ? previous.roles.targets : previous.roles.actors;
    subject = ids.flatMap((id) => present.find(({ entity }) => entity.id === id) ?? []);
  }
  if (subject.length === 0) subject = subjectAround(reading, actorsOk, index, own, start, nominal);
  if (subject.length === 0 && !nominal && opensWithFiniteVerb(reading, own, start, present)) subject = earlierSubject(reading, earlier);

  // "a reçu 50 coups de fouet", "a subi des tortures": the subject undergoes the act, verb or noun.
  // "de nombreuses personnes sont en prison": the trigger names a state its subject is in.
  const undergone = (!nominal && found.trigger.subjectUndergoes === true) || auxiliary.some((word) => grammar.undergo.has(word));
  if (undergone) return { ...unique(agentAfter ? reading.coordinatedAfter(allAfter, agentAfter) : [], subject), undergone: true };
  const passive =
    !nominal &&
    !grammar.progressive.test(found.text) &&
    (auxiliary.some((word) => grammar.passive.has(word)) || (agentAfter !== undefined && (auxiliary.some((word) => grammar.weakPassive.has(word)) || participleRightAfter(text, subject, start))));
  if (passive) return { ...unique(agentAfter ? reading.coordinatedAfter(allAfter, agentAfter) : [], subject), undergone: true };
  // "sur les manifestantes arrêtées par la police": a participle right after a complement, with its agent, is that complement's.
  const modified = !nominal && agentAfter ? present.findLast(({ mention }) => mention.end <= start && WHITESPACE_ONLY.test(text.slice(mention.end, start))) : undefined;
  if (modified && agentAfter) return { ...unique(reading.coordinatedAfter(allAfter, agentAfter), [modified]), undergone: true };
  // "Plus de 50 étudiants arrêtés après les manifestations", "soldats libyens [en anglais] mis à mort": a past participle right after a name, no
  // auxiliary between (an aside in brackets may be), is said of it; a phrase opening with one only when it is done to someone ("massées sur la place" is not).
  const participle = found.text.includes(" ") ? found.trigger.genitive === "target" && grammar.pastParticiple.test(found.text.split(/\s/u, 1)[0]!) : grammar.pastParticiple.test(found.text);
  if (!nominal && participle) {
    const described = present.findLast(({ mention }) => mention.end <= start && ASIDE_ONLY.test(text.slice(mention.end, start)));
    if (described) return { ...unique([], [described]), undergone: true };
  }
  if (nominal) {
    // "pour évacuer le sit-in", "a dispersé la manifestation": the object of an act done to someone is not its subject's doing ("a déployé une bannière" is).
    const objectOfVerb = previous !== undefined && previous.doneTo && reading.words(previous.end, start).every((word) => grammar.determiners.has(word) || grammar.prenominalAdjectives.has(word));
    // "accusant chacun des manifestations", "attribuait un attentat à X": an act laid on someone is alleged, no one's doing here.
    const alleged = allegedAct(reading, start);
    const roles = nounRoles(reading, found, actorsOk, afterInSentence, allAfter, objectOfVerb || alleged ? [] : subject, agentAfter);
    if (roles.actors.length === 0 && (objectOfVerb || alleged || governedByDe(reading, start) !== null)) roles.subjectApart = true;
    return roles;
  }
  // Active: the direct object or the first marked complement after the trigger, and those coordinated with it.
  const objects = afterInSentence.filter((participant) => !participant.scene && participant.mention.end <= own.end && (!reading.isComplement(participant) || grammar.targetPrepositions.has(reading.prepositionBefore(participant))));
  // "fired on protesters", "tiré sur la foule": a trigger ending in its preposition has its object right after it.
  const rightAfter = afterInSentence.find((participant) => participant.mention.end <= own.end && !participant.scene && reading.words(end, participant.mention.start).every((word) => grammar.determiners.has(word)));
  const direct = rightAfter ?? objects.find((participant) => !reading.isComplement(participant) && participant.mention.start - end < 80 && !crossesClause(reading, end, participant.mention.start));
  const firstObject = direct ?? objects.find((participant) => grammar.targetPrepositions.has(reading.prepositionBefore(participant)) && !crossesClause(reading, end, participant.mention.start));
  return unique(subject, firstObject ? reading.coordinatedAfter(allAfter, firstObject) : []);
}

/** The subject in a stretch: the nearest name before the trigger that no preposition governs, after any "que", with those coordinated with it. */
function subjectIn(reading: ClauseReading, actorsOk: readonly Participant[], span: Sentence, before: number): Participant[] {
  // "Des militants affirment qu'elle a été arrêtée": the subject of a subordinate clause follows its "que".
  const from = complementizerIn(reading, span.start, before) ?? span.start;
  const to = Math.min(span.end, before);
  const candidates = actorsOk.filter((participant) => participant.mention.start >= from && participant.mention.end <= to && !reading.isComplement(participant));
  const nearest = candidates.at(-1);
  if (!nearest) return [];
  const subject = reading.coordinatedBefore(candidates, nearest);
  // A hashtag or a handle acts only as the subject itself, never coordinated into it.
  return subject.length > 1 ? subject.filter((participant) => !TAG.test(participant.mention.text)) : subject;
}

/** "Le Hamas a déclaré qu'il soutenait …", "Il a signé …": a subject pronoun stands for the last subject named before it. */
function pronounSubject(reading: ClauseReading, present: readonly Participant[], earlier: EarlierSentence | null, own: Sentence, start: number): Participant[] {
  const pronoun = pronounBefore(reading, own.start, start);
  if (!pronoun) return [];
  const singular = reading.grammar.singularPronouns.has(pronoun.word);
  const fits = (participant: Participant) => reading.canAct(participant) && !TAG.test(participant.mention.text) && (!singular || !participant.entity.generic || !PLURAL.test(participant.mention.text));
  const before = present.filter((participant) => participant.mention.end <= pronoun.at && fits(participant) && !reading.isComplement(participant));
  // The sentence before continues the narrative: its subject, a name no preposition governs there ("Pour protester contre la détention de X, des internautes ont ouvert …").
  const earlierSubjects = earlier ? earlier.participants.filter((participant) => fits(participant) && !earlier.reading.isComplement(participant)) : [];
  // "il", "elle" stand for a named person before a group or a state ("son peuple … il le tuait" is Kadhafi).
  const person = (participant: Participant) => singular && participant.entity.type === "PER" && !participant.entity.generic;
  const antecedent = before.findLast(person) ?? earlierSubjects.find(person) ?? earlier?.participants.find(person) ?? before.at(-1) ?? earlierSubjects[0];
  return antecedent ? [antecedent] : [];
}

/**
 * Whether a stretch opens with a finite verb and names no one before the trigger ("…, utilisent
 * des gaz et arrêtent des journalistes"): its subject is left out, as in a headline or a post
 * carrying on the sentence before.
 */
function opensWithFiniteVerb(reading: ClauseReading, own: Sentence, start: number, present: readonly Participant[]): boolean {
  const first = reading.between(own.start, own.end)[0];
  if (!first || first.start > start || !reading.grammar.finiteVerb.test(first.word) || !reading.isCommonNoun(first)) return false;
  // "les ventes, à l'instar du logiciel Pegasus, doivent être approuvées": after an aside opening with a preposition, the subject stands before it.
  const before = reading.segments.findLast((segment) => segment.end <= own.start);
  if (before && reading.opensWithPreposition(before)) return false;
  return !present.some(({ mention }) => mention.start >= own.start && mention.end <= start);
}

/** The subject of the sentence before: its first name no preposition governs ("signale que la police …"). */
function earlierSubject(reading: ClauseReading, earlier: EarlierSentence | null): Participant[] {
  const subject = earlier?.participants.find((participant) => reading.canAct(participant) && !TAG.test(participant.mention.text) && !earlier.reading.isComplement(participant));
  return subject ? [subject] : [];
}

/** How far a subject may stand before a noun trigger it does, a verb and a determiner or two between ("ont organisé une grande"). */
const NOUN_OBJECT_REACH = 40;

/** A noun's roles: "l'arrestation de X par la police", "la visite de Berg en Norvège", "la manifestation des étudiants". */
function nounRoles(
  reading: ClauseReading,
  found: TriggerPlace,
  actorsOk: readonly Participant[],
  afterInSentence: readonly Participant[],
  allAfter: readonly Participant[],
  subject: readonly Participant[],
  agentAfter: Participant | undefined,
): Roles {
  const { grammar } = reading;
  const { end } = found;
  // The complement, or the name in apposition to it ("une visite historique à Oslo du ministre norvégien de la Défense, Jonas Berg"); not a
  // "de" farther on, past a verb or another noun ("Les hommages se multiplient sur Twitter en mémoire de X").
  const genitive = afterInSentence.find(
    (participant) =>
      !participant.scene &&
      participant.mention.start - end < 100 &&
      ((grammar.genitive.has(reading.prepositionBefore(participant)) && contentWords(reading, end, participant.mention.start, allAfter) <= GENITIVE_REACH) ||
        (reading.wordBefore(participant.mention.start) === "," && genitiveBetween(reading, end, participant.mention.start))),
  );
  // "a rendu compte d'un attentat", "accusé de l'attaque": a noun another word governs by "de" is not the clause subject's doing.
  const governed = genitive ? null : governedByDe(reading, found.start);
  if (governed !== null) {
    // "l'annonce par le président X d'une amnistie": the agent of the governing noun, right before the "de", does it.
    const agent = actorsOk.find((participant) => participant.mention.end <= governed && reading.words(participant.mention.end, governed).length === 0 && grammar.agentPrepositions.has(reading.prepositionBefore(participant)));
    subject = agent ? [agent] : [];
  }
  // "les manifestations au Yémen": a place after « à »/« en » is the scene, not the other party.
  const marked = afterInSentence.filter((participant) => !participant.scene && grammar.targetPrepositions.has(reading.prepositionBefore(participant)) && participant !== genitive);
  // The clause's subject does an arrest or an attack named by a noun only as the object of its verb ("la police a procédé à l'arrestation de X"),
  // not from afar ("Khamenei … a salué l'exécution de Saddam Hussein" is no execution by Khamenei); a visit or a complaint is its own.
  const near = subject.at(-1);
  const nearObject = () => near !== undefined && ((found.start - near.mention.end <= NOUN_OBJECT_REACH && !/[,;:]/u.test(reading.text.slice(near.mention.end, found.start))) || proposedByParticiple(reading, near.mention.end, found.start));
  // "Kadhafi, à l'origine du massacre de civils": a responsibility phrase makes the subject its doer, however far.
  if (found.trigger.genitive === "target" && !nearObject() && !responsibleSubject(reading, found.start)) subject = [];
  // "son arrestation", "leur exécution": the possessor undergoes it; the subject named around stands for the possessor, not the agent.
  if (found.trigger.genitive === "target" && !genitive && grammar.possessives.has(reading.wordBefore(found.start))) {
    return { ...unique(agentAfter ? reading.coordinatedAfter(allAfter, agentAfter) : [], subject), undergone: true };
  }
  if (found.trigger.genitive === "target") {
    const agents = agentAfter ? reading.coordinatedAfter(allAfter, agentAfter) : subject;
    return unique(agents, genitive ? reading.coordinatedAfter(allAfter, genitive) : marked.slice(0, 1));
  }
  const actors = genitive ? reading.coordinatedAfter(allAfter, genitive) : subject;
  if (actors.length === 0 && marked.length === 0) {
    // "Il renforce la coopération entre les deux pays, un an après la normalisation de leurs relations": the sentence's two sides.
    const sides = actorsOk.find(
      (participant) => grammar.between.has(reading.prepositionBefore(participant)) && (found.framed === true || (participant.mention.start >= found.end && participant.mention.start < (found.nextTrigger ?? Infinity))),
    );
    if (sides) return unique(reading.coordinatedAfter(actorsOk, sides), []);
  }
  return unique(actors, marked.length > 0 ? reading.coordinatedAfter(allAfter, marked[0]!) : []);
}

/** A subject outside the trigger's stretch: a participle's or an apposition's main clause before it, or the main clause after a fronted phrase. */
function subjectAround(reading: ClauseReading, actorsOk: readonly Participant[], index: number, own: Sentence, trigger: number, nominal: boolean): Participant[] {
  const { segments } = reading;
  const usable = (segment: Sentence, participant: Participant) =>
    participant.mention.start >= segment.start && participant.mention.end <= segment.end && !reading.isComplement(participant) && !TAG.test(participant.mention.text);
  // Back over appositions and relative clauses to the stretch that holds the subject ("Berg, qui a rencontré X, a signé").
  for (let k = index - 1; k >= 0; k -= 1) {
    const segment = segments[k]!;
    if (reading.opensWithRelative(segment)) continue;
    const candidates = actorsOk.filter((participant) => usable(segment, participant));
    // A fronted phrase ("Lors de sa visite à Rabat,") holds no subject.
    if (candidates.length === 0 || reading.opensWithPreposition(segment)) continue;
    return reading.coordinatedAfter(candidates, candidates[0]!);
  }
  // A fronted noun phrase ("Lors d'une rencontre avec son homologue, Jonas Berg a …"): the main clause's subject follows.
  // "Alors que les manifestations entrent …, le gouvernement fait …": a noun inside a subordinate clause is not the main clause's doing.
  const inSubordinate = nominal && complementizerIn(reading, own.start, trigger) !== null;
  if (reading.opensWithPreposition(own) || (own.start <= segments[0]!.start && !inSubordinate)) {
    for (let k = index + 1; k < segments.length; k += 1) {
      const segment = segments[k]!;
      if (reading.opensWithPreposition(segment) || reading.opensWithRelative(segment)) continue;
      const first = actorsOk.find((participant) => usable(segment, participant) && participant.mention.start > trigger);
      return first ? [first] : [];
    }
  }
  return [];
}

/** Whether the word before a trigger makes it a noun: a determiner or a preposition's article ("la visite", "des manifestations"); not "de" ("refusé de tuer"). */
function nominalTrigger(reading: ClauseReading, start: number, own: Sentence): boolean {
  const before = reading.words(Math.max(own.start, start - 40), start);
  const first = before.at(-1);
  const second = before.at(-2);
  const opensNoun = (word: string | undefined) => word !== undefined && (reading.grammar.determiners.has(word) || reading.grammar.contracted.has(word));
  // "il le tuait", "qui les attaquent": after a subject pronoun, a relative or "ne", "le" is an object pronoun before a verb.
  if (second !== undefined && reading.grammar.cliticHosts.has(second)) return false;
  // "la violente répression", "le double veto": one adjective that stands before its noun may sit between.
  return opensNoun(first) || (first !== undefined && reading.grammar.prenominalAdjectives.has(first) && opensNoun(second));
}

/** How many words back a verb laying an act on someone may govern the act's noun ("accusant chacun – à l'exception de son père X – des manifestations"). */
const ALLEGED_REACH = 16;

/** Whether a noun trigger is the object of a verb laying an act on someone ("en accusant chacun … des manifestations", "attribuait un attentat à X"), no clause opening between. */
function allegedAct(reading: ClauseReading, start: number): boolean {
  const { grammar } = reading;
  if (grammar.allegingStems.length === 0) return false;
  const tokens = reading.between(reading.sentence.start, start);
  for (let k = tokens.length - 1; k >= 0 && k >= tokens.length - ALLEGED_REACH; k -= 1) {
    const word = tokens[k]!.word;
    if (grammar.relatives.has(word) || grammar.complementizers.has(word)) return false;
    // A verb: not "les accusations de torture", a noun after its determiner.
    if (grammar.allegingStems.some((stem) => word.startsWith(stem)) && grammar.verbEnding.test(word) && !grammar.determiners.has(tokens[k - 1]?.word ?? "")) return true;
  }
  return false;
}

/**
 * Whether a responsibility phrase ("à l'origine de", "responsible for") stands before a noun
 * trigger in its sentence, no clause opening between: its subject did the acts named after it
 * ("Kadhafi est un tyran, à l'origine de bien des méfaits comme le massacre de civils").
 */
function responsibleSubject(reading: ClauseReading, start: number): boolean {
  const { grammar } = reading;
  if (grammar.responsibilityPhrases.length === 0) return false;
  const tokens = reading.between(reading.sentence.start, start);
  for (let k = tokens.length - 1; k >= 0; k -= 1) {
    if (grammar.relatives.has(tokens[k]!.word) || grammar.complementizers.has(tokens[k]!.word)) return false;
    // "le responsable des massacres est parti": after a determiner the phrase is a noun, its own unnamed doer.
    if (grammar.responsibilityPhrases.some((phrase) => phraseAt(tokens, k, phrase))) return !grammar.determiners.has(tokens[k - 1]?.word ?? "");
  }
  return false;
}

/** How many words a subject's verb group and object may hold before a participle proposing an act ("a prononcé aujourd'hui un discours esquissant des réformes"). */
const PARTICIPLE_CHAIN_REACH = 10;

/**
 * Whether a noun trigger is the object of a present participle that qualifies its subject's
 * object, in one clause ("a prononcé un discours esquissant des réformes", "a publié un décret
 * ordonnant la libération des détenus"): the subject proposes or orders it, as its own act.
 */
function proposedByParticiple(reading: ClauseReading, subjectEnd: number, start: number): boolean {
  const { grammar } = reading;
  if (/[,;:]/u.test(reading.text.slice(subjectEnd, start))) return false;
  const tokens = reading.between(subjectEnd, start);
  if (tokens.length > PARTICIPLE_CHAIN_REACH || tokens.some((token) => grammar.relatives.has(token.word) || grammar.complementizers.has(token.word))) return false;
  let k = tokens.length - 1;
  while (k >= 0 && (grammar.determiners.has(tokens[k]!.word) || grammar.contracted.has(tokens[k]!.word) || grammar.prenominalAdjectives.has(tokens[k]!.word))) k -= 1;
  const participle = tokens[k];
  return k < tokens.length - 1 && participle !== undefined && grammar.presentParticiple.test(participle.word) && !grammar.prepositions.has(participle.word);
}

/** How many words other than names and grammar words may stand between a noun and its "de" complement ("la visite historique à Oslo du ministre"). */
const GENITIVE_REACH = 2;

/** The words between two positions that are neither grammar words nor inside a name: the nouns, verbs and adjectives. */
function contentWords(reading: ClauseReading, from: number, to: number, names: readonly Participant[]): number {
  const { grammar } = reading;
  return reading.between(from, to).filter(
    (token) =>
      LETTER_FIRST.test(token.word) &&
      !grammar.prepositions.has(token.word) &&
      !grammar.contracted.has(token.word) &&
      !grammar.determiners.has(token.word) &&
      !grammar.prenominalAdjectives.has(token.word) &&
      !grammar.coordinatorWord.test(token.word) &&
      !names.some(({ mention }) => mention.start <= token.start && token.end <= mention.end),
  ).length;
}

/**
 * Whether a noun trigger is the "de" complement of the word before it ("rendu compte d'un
 * attentat", "accusé de l'attaque"), across its determiners and adjectives; not in a compound
 * preposition ("lors d'une rencontre", "au cours de la visite"), whose noun is the main clause's,
 * nor after a possessive ("témoignent de leur soutien": the possessor is the subject). Where the "de" stands, or null.
 */
function governedByDe(reading: ClauseReading, start: number): number | null {
  const { grammar } = reading;
  const before = reading.between(Math.max(reading.sentence.start, start - 60), start);
  let k = before.length - 1;
  while (k >= 0 && !grammar.contracted.has(before[k]!.word) && (grammar.determiners.has(before[k]!.word) || grammar.prenominalAdjectives.has(before[k]!.word))) {
    if (grammar.possessives.has(before[k]!.word)) return null;
    k -= 1;
  }
  const preposition = before[k]?.word;
  if (preposition === undefined || !grammar.genitive.has(preposition)) return null;
  const governor = before[k - 1];
  if (governor === undefined) return null;
  // "des", "du" are also articles ("ont organisé des manifestations"): a preposition only after a word that is no verb ("un reportage vidéo des affrontements").
  if (grammar.contracted.has(preposition)) return reading.isCommonNoun(governor) && !grammar.verbEnding.test(governor.word) ? before[k]!.start : null;
  const governs = LETTER_FIRST.test(governor.word) && !grammar.prepositions.has(governor.word) && !grammar.contracted.has(governor.word) && !grammar.determiners.has(governor.word);
  return governs ? before[k]!.start : null;
}

/** Whether the words between two positions hold a genitive preposition and no relative pronoun. */
function genitiveBetween(reading: ClauseReading, from: number, to: number): boolean {
  const words = reading.words(from, to);
  return words.some((word) => reading.grammar.genitive.has(word)) && !words.some((word) => reading.grammar.relatives.has(word));
}

/** A generic mention in the plural ("les manifestants"): no antecedent of "il". */
const PLURAL = /[sx]$/iu;

/** The subject pronoun right before a trigger's verb group ("qu'il soutenait", "Il n'a pas signé"), with where it stands. */
function pronounBefore(reading: ClauseReading, from: number, to: number): { word: string; at: number } | null {
  const tokens = reading.between(from, to);
  for (let k = tokens.length - 1; k >= 0 && k >= tokens.length - 5; k -= 1) {
    if (reading.grammar.subjectPronouns.has(tokens[k]!.word)) return { word: tokens[k]!.word, at: tokens[k]!.start };
  }
  return null;
}

/** Where the last word opening a subordinate clause between two positions ends, or null. */
function complementizerIn(reading: ClauseReading, from: number, to: number): number | null {
  return reading.between(from, to).findLast((token) => reading.grammar.complementizers.has(token.word))?.end ?? null;
}

/** Whether a relative pronoun stands between two positions: the object of another clause. */
function crossesClause(reading: ClauseReading, from: number, to: number): boolean {
  return reading.between(from, to).some((token) => reading.grammar.relatives.has(token.word));
}

/** "des manifestants tués par la police": a participle right after its subject, with no verb between. */
function participleRightAfter(text: string, subject: readonly Participant[], start: number): boolean {
  const last = subject.at(-1);
  return last !== undefined && /^\s*$/u.test(text.slice(last.mention.end, start));
}

function unique(actors: readonly Participant[], targets: readonly Participant[]): Roles {
  const actorIds = [...new Set(actors.map(({ entity }) => entity.id))].slice(0, 4);
  const targetIds = [...new Set(targets.map(({ entity }) => entity.id))].filter((id) => !actorIds.includes(id)).slice(0, 4);
  return { actors: actorIds, targets: targetIds };
}
