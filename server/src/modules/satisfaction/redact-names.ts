/** Redaction of a beneficiary's names in a comment, in Arabic and Latin spellings. */
import { foldArabic } from '../common/arabic.js';
import { MASK } from './redact-identifiers.js';

/** Words joining the parts of an Arabic name (folded; آل folds to ال). */
const CONNECTORS = new Set(['بن', 'بنت', 'ابن', 'ال', 'bin', 'bint', 'ibn', 'bn', 'al', 'el']);
/** Latin renderings of the article before a family name, masked before a masked name. */
const LATIN_ARTICLES = new Set(['al', 'el']);
/** Latin first parts of compound names and articles, read together with the next word. */
const LATIN_HEADS = new Set(
  'abd abdul abdel abdal abdol abdu abdur abdar abo abu abou um umm al el ul ar ur ad ud as us'.split(
    ' ',
  ),
);
/** Assimilated articles (Ash-Shammari), taken as an article only before a hyphen. */
const LATIN_ASSIMILATED = new Set(['as', 'ash', 'ad', 'ar', 'at', 'az', 'an', 'ath', 'adh']);
/** First parts of compound names, joined with the next word: عبد العزيز → عبدالعزيز. */
const COMPOUND_HEADS = new Set(['عبد', 'ابو', 'ابا', 'ابي', 'ام']);
/** Words that are never masked as a name on their own: the name of God, and bare heads. */
const NEVER_NAMES = new Set(['الله', 'لله', 'عبد', 'ابو', 'ام', 'ابن', 'بن', 'بنت', 'ال']);
/** Prefixes a word can carry in Arabic (conjunctions, prepositions, the article), folded. */
const PREFIXES = ['وال', 'بال', 'ولل', 'لل', 'ال', 'وب', 'ول', 'و', 'ب', 'ل'];

/**
 * Words that precede a name in comments without being one (folded Arabic, lower-case English):
 * thanks and greetings, kinship, titles, pronouns, prepositions, common verbs. Only used by
 * the family rule, which masks the word before the family name when it is not one of these.
 */
const NOT_NAMES = new Set([
  ...'شكرا اشكر نشكر شكر الشكر تحيه تحياتي تحيتي سلام مرحبا اهلا عزيزي عزيزتي يا ايها ايتها اخي اخوي اختي ابي ابوي امي والدي والدتي ابني بنتي ابنتي زوجي زوجتي عمي عمتي خالي خالتي جدي جدتي انا انت انتم هو هي هم نحن مع من الي عن في و او ثم لان لكن بل قبل بعد عند لدي كان كانت قال قالت ساعدني ساعد خدمني كلمت كلمني اتصل اتصلت اتصلوا راجعت راجع تواصل تواصلت زارني زار ارسل ارسلت استاذ الاستاذ الاخ الاخت السيد السيده الشيخ شيخ دكتور الدكتور المهندس مهندس الموظف الموظفه الباحث الباحثه المستفيد المستفيده المواطن المراجع عائله العائله اسره الاسره بيت قبيله فخذ جماعه اسم باسم لاسم بخصوص حق تبع معامله طلب ملف رقم'.split(
    ' ',
  ),
  ...'thanks thank to for from with and or my our your his her their brother sister son daughter father mother dad mom wife husband uncle aunt cousin family mr mrs ms miss dr sir madam dear the a an of by at in on is was i me we he she they name named called officer employee staff mister doctor eng engineer sheikh prof'.split(
    ' ',
  ),
]);

/**
 * Common English words that read like a short transliterated name (Sad, Ram, Nor, Mar…); a
 * capitalised one is not masked on a two-consonant match alone.
 */
const ENGLISH_COMMON = new Set(
  'all also am and any are as ask back bad bed best but by call can come day did do done dear each easy end even ever far fast few fine for from get give go good got had has have he her here him his how if in is it just keep kind late let like long look lot made make many may me more most much my need never new nice no nor not now of off ok okay on one only or our out over own paid please poor quick rather read ready real really said same saw say see seen she so some soon still such sure take than that the them then there they this thus to too took try up us very was way we well went were what when where which who why will with won yes yet you your sad ram mar run rim ride rude ready room rate sum summer some seem same sun sam mad mood moved made mode meet team time down done dean sean ann anne amen amir near nor norm said side seed sod wall yell oil ill oily rome rum roam ream hand man men mine main mean moon money menu sorry sore sour sir line lane loan lean dine den tone tune ten tin town own hour here hire hair her whole will well wait what'.split(
    ' ',
  ),
);

/** Arabic letter → its Latin consonant class (after foldArabic; long vowels and ع dropped). */
const ARABIC_SKELETON: Record<string, string> = {
  ب: 'b',
  ت: 't',
  ث: 't',
  ج: 'j',
  ح: 'h',
  خ: 'x',
  د: 'd',
  ذ: 'd',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'S',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'd',
  غ: 'g',
  ف: 'f',
  ق: 'k',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
};

/** A consonant skeleton both scripts share, and whether the word starts with a vowel sound. */
interface Skeleton {
  key: string;
  vowelStart: boolean;
}

const collapse = (s: string) => s.replace(/(.)\1+/g, '$1').replace(/h$/, '');

/** The skeleton of a folded Arabic word: سلطان → sltn, المطيري → lmtr, عبدالله → bdl. */
function arabicSkeleton(folded: string): Skeleton {
  let key = '';
  for (const ch of folded) key += ARABIC_SKELETON[ch] ?? '';
  return { key: collapse(key), vowelStart: /^[اويعء]/.test(folded) };
}

/** The skeleton of a Latin word: Sultan → sltn, Al-Mutairi → lmtr, Abdullah → bdl. */
function latinSkeleton(word: string): Skeleton {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  const key = w
    .replace(/sh|ch/g, 'S')
    .replace(/kh/g, 'x')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/gh/g, 'G')
    .replace(/ph/g, 'f')
    .replace(/ck|q|c/g, 'k')
    .replace(/g/g, 'j')
    .replace(/G/g, 'g')
    .replace(/p/g, 'b')
    .replace(/[aeiouyw]/g, '');
  return { key: collapse(key), vowelStart: /^[aeiouyw]/.test(w) };
}

const skeletonId = (s: Skeleton) => `${s.vowelStart ? 'V' : 'C'}${s.key}`;

/** The forms of a folded Arabic word with a prefix stripped: وللمطيري → مطيري, المطيري. */
function arabicForms(folded: string): string[] {
  const forms = [folded];
  for (const p of PREFIXES) {
    if (folded.startsWith(p) && folded.length - p.length >= 3) {
      const rest = folded.slice(p.length);
      forms.push(rest, `ال${rest}`);
    }
  }
  return forms;
}

const isArabic = (w: string) => /[\u0600-\u06FF]/.test(w);

/** What the names of a beneficiary look like, for matching the words of a comment. */
interface NameModel {
  /** Folded forms of every name part (Arabic, or Latin lower-case). */
  words: Set<string>;
  /** Folded forms of the family name. */
  family: Set<string>;
  /** Skeletons of every name part, for Latin spellings. */
  skeletons: Set<string>;
  familySkeletons: Set<string>;
}

function nameModel(names: string[]): NameModel {
  const model: NameModel = {
    words: new Set(),
    family: new Set(),
    skeletons: new Set(),
    familySkeletons: new Set(),
  };
  for (const name of names) {
    const raw = foldArabic(name)
      .split(/[\s\-.]+/)
      .filter(Boolean);
    const parts: string[] = [];
    for (let i = 0; i < raw.length; i++) {
      if (COMPOUND_HEADS.has(raw[i]!) && raw[i + 1] && !CONNECTORS.has(raw[i + 1]!)) {
        parts.push(raw[i]! + raw[++i]!);
      } else if (!CONNECTORS.has(raw[i]!)) parts.push(raw[i]!);
    }
    parts.forEach((part, i) => {
      const bare = part.startsWith('ال') && part.length >= 5 ? part.slice(2) : null;
      const keys = [part, ...(bare ? [bare] : [])].filter(
        (k) => k.length >= 3 && !NEVER_NAMES.has(k),
      );
      const skeletons = isArabic(part)
        ? [part, ...(bare ? [bare] : [])].map(arabicSkeleton)
        : [latinSkeleton(part)];
      const family = i === parts.length - 1 && parts.length > 1;
      for (const k of keys) {
        model.words.add(k);
        if (family) model.family.add(k);
      }
      for (const s of skeletons.filter((s) => s.key.length >= 2 || (s.key && s.vowelStart))) {
        model.skeletons.add(skeletonId(s));
        if (family) model.familySkeletons.add(skeletonId(s));
      }
    });
  }
  return model;
}

interface Token {
  start: number;
  end: number;
  text: string;
  folded: string;
  latin: boolean;
  masked: boolean;
  family: boolean;
  /** A name of the beneficiary that is also an ordinary word (حسن، سعيد، أمل): decided by context. */
  ambiguous?: 'bare' | 'prefixed';
}

/** Whether only spaces, hyphens or an apostrophe separate two tokens (one name, one phrase). */
const adjacent = (text: string, a: Token, b: Token) =>
  /^[\s\-'’]*$/.test(text.slice(a.end, b.start));

/** Names that are also ordinary words (folded, without ال): masked only in a name's context. */
const ORDINARY_WORDS = new Set(
  'حسن سعيد سعيده كريم كريمه جميل جميله امل نور صالح صالحه سالم فرح هدي راشد منير لطيف لطيفه وفاء عادل فاضل نبيل شريف رحمه سعاده بدر سلام سلامه عزيز رشيد حكيم رضا رجاء صابر شاكر مبارك محمود حميد حامد فايز ناجح امين امينه وديع'.split(
    ' ',
  ),
);
/** Words after which a name is expected: vocative, kinship, titles, "my name is", "I am". */
const NAME_CUES = new Set(
  'يا اخي اختي الاخ الاخت الاستاذ الاستاذه استاذ اسمي انا شكرا اشكر المستفيد المستفيده السيد السيده عمي خالي ابني بنتي ابنتي زوجي زوجتي والدي والدتي ابي امي ابو ام'.split(
    ' ',
  ),
);

/** The preposition على (which folds to the name علي), with a conjunction: never a name. */
const PREPOSITION_ALA = /^[وف]?على$/;

/** Words linking a person to a parent: بن, bin. */
const LINKS = new Set(['بن', 'بنت', 'ابن', 'bin', 'bint', 'ibn']);

/** Whether a word is one that precedes a name without being one (with its prefixes). */
const notName = (t: Token) =>
  t.latin
    ? NOT_NAMES.has(t.folded)
    : PREPOSITION_ALA.test(t.text) || arabicForms(t.folded).some((f) => NOT_NAMES.has(f));

function arabicMatch(folded: string, set: Set<string>): boolean {
  return arabicForms(folded).some((f) => set.has(f));
}

/**
 * Marks the tokens that are a name: Arabic name parts (with prefixes, compound names written in
 * one word or two), Latin spellings by consonant skeleton, and the words of the beneficiary's
 * family written with the family name (a first name, or a chain of بن/bin before it).
 */
function markNames(text: string, tokens: Token[], model: NameModel): void {
  const n = tokens.length;
  // Arabic words and compounds.
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.latin) {
      if (model.words.has(t.folded)) {
        t.masked = true;
        t.family ||= model.family.has(t.folded);
      }
      continue;
    }
    const next = tokens[i + 1];
    const head = arabicForms(t.folded).find((f) => COMPOUND_HEADS.has(f));
    if (head && next && !next.latin && adjacent(text, t, next)) {
      const compound = head + next.folded;
      if (model.words.has(compound)) {
        t.masked = next.masked = true;
        t.family ||= model.family.has(compound);
        next.family = t.family;
        i++;
        continue;
      }
    }
    if (NEVER_NAMES.has(t.folded) || PREPOSITION_ALA.test(t.text)) continue;
    const form = arabicForms(t.folded).find((f) => model.words.has(f));
    if (form) {
      // A cue counts only before the bare word: شكراً حسن is a name, شكراً لحسن التعامل is not.
      if (ORDINARY_WORDS.has(form.replace(/^ال/, '')))
        t.ambiguous = form === t.folded ? 'bare' : 'prefixed';
      else t.masked = true;
      t.family = arabicMatch(t.folded, model.family);
    }
  }
  // Latin spellings: one to three adjacent Latin words read together (Abdul Aziz, Al-Mutairi).
  for (let i = 0; i < n; i++) {
    for (let len = 3; len >= 1; len--) {
      const window = tokens.slice(i, i + len);
      if (window.length < len || window.some((t) => !t.latin)) continue;
      if (window.some((t, k) => k > 0 && !adjacent(text, window[k - 1]!, t))) continue;
      // Several words read as one only after a compound's head or an article: Abdul Aziz, Al Mutairi.
      if (window.slice(0, -1).some((t) => !LATIN_HEADS.has(t.folded))) continue;
      const joined = window.map((t) => t.text).join('');
      const skeleton = latinSkeleton(joined);
      const id = skeletonId(skeleton);
      if (!model.skeletons.has(id)) continue;
      const first = window[0]!.text;
      const capitalised = /^[A-Z]/.test(first);
      const articled = /^(al|el)[a-z]{3,}/i.test(joined);
      const short = skeleton.key.length <= 2;
      if (len === 1 && !capitalised && !articled) continue;
      if (len === 1 && short && ENGLISH_COMMON.has(first.toLowerCase())) continue;
      if (skeleton.key.length === 1 && joined.length > 4) continue;
      for (const t of window) {
        t.masked = true;
        t.family ||= model.familySkeletons.has(id);
      }
      i += len - 1;
      break;
    }
  }
  // A name that is also an ordinary word is a name next to another name or a link (حسن سعيد،
  // حسن بن علي), or after a cue (يا حسن، أخي حسن); otherwise the word (حسن التعامل) stays.
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      if (!t.ambiguous || t.masked) continue;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const before = prev && adjacent(text, prev, t) ? prev : undefined;
      const after = next && adjacent(text, t, next) ? next : undefined;
      if (
        before?.masked ||
        before?.ambiguous ||
        after?.masked ||
        after?.ambiguous ||
        (before && t.ambiguous === 'bare' && NAME_CUES.has(before.folded)) ||
        (after && LINKS.has(after.folded)) ||
        (before && LINKS.has(before.folded))
      ) {
        t.masked = true;
      }
    }
  }
  // Articles and connectors next to a masked name: آل سعود, Al Mutairi, بن محمد.
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!t.masked && next?.masked && adjacent(text, t, next)) {
      const hyphen = /^\s*-\s*$/.test(text.slice(t.end, next.start));
      if (
        CONNECTORS.has(t.folded) ||
        (t.latin && LATIN_ARTICLES.has(t.folded)) ||
        (t.latin && hyphen && LATIN_ASSIMILATED.has(t.folded))
      ) {
        t.masked = true;
      }
    }
  }
  // "X بن Y" / "X bin Y" with X or Y a masked name: the other is a parent or a child.
  for (let i = 0; i + 2 < n; i++) {
    const [a, b, c] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (!LINKS.has(b.folded) || !adjacent(text, a, b) || !adjacent(text, b, c)) continue;
    if (a.masked && !notName(c)) b.masked = c.masked = true;
    else if (c.masked && !notName(a)) a.masked = b.masked = true;
  }
  // The family rule: the word(s) before the family name are a person of the family.
  for (let i = n - 1; i > 0; i--) {
    if (!tokens[i]!.family || !tokens[i]!.masked) continue;
    let j = i - 1;
    // The family name itself may be preceded by its article (آل, Al), already masked.
    while (j >= 0 && tokens[j]!.masked && CONNECTORS.has(tokens[j]!.folded)) j--;
    let current = tokens[j + 1]!;
    while (j >= 0) {
      const before = tokens[j]!;
      if (!adjacent(text, before, current) || notName(before)) break;
      if (!before.latin && before.folded.startsWith('ال') && !before.masked) {
        // عبد العزيز المطيري: the compound's second word, then its head.
        const head = tokens[j - 1];
        if (
          head &&
          !head.latin &&
          COMPOUND_HEADS.has(head.folded) &&
          adjacent(text, head, before)
        ) {
          before.masked = head.masked = true;
          current = head;
          j -= 2;
        } else break;
      } else {
        before.masked = true;
        current = before;
        j--;
      }
      // Go on over "بن X" chains only: "محمد بن سلطان المطيري".
      const link = tokens[j];
      if (!link || !LINKS.has(link.folded)) break;
      if (!adjacent(text, link, current)) break;
      link.masked = true;
      current = link;
      j--;
    }
  }
}

const WORD = /[\p{L}\p{M}\u0640]+/gu;

export function maskNames(text: string, names: string[]): string {
  if (!names.some((n) => n.trim())) return text;
  const model = nameModel(names);
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    tokens.push({
      start,
      end: start + m[0].length,
      text: m[0],
      folded: foldArabic(m[0]),
      latin: /^[A-Za-z]+$/.test(m[0]),
      masked: false,
      family: false,
    });
  }
  markNames(text, tokens, model);
  let out = '';
  let at = 0;
  for (const t of tokens) {
    if (!t.masked) continue;
    out += text.slice(at, t.start) + MASK;
    at = t.end;
  }
  return out + text.slice(at);
}
