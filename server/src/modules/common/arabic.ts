/**
 * Folds Arabic text for matching: drops diacritics (tashkeel), the superscript alef and tatweel;
 * unifies the alef forms (أ إ آ ٱ → ا), ى → ي, ة → ه, ؤ → و, ئ → ي; Arabic-Indic and
 * Persian digits → ASCII; lower-cases Latin; collapses white space. The one function used
 * both when storing a searchable shadow column and when reading a query.
 */
export function foldArabic(input: string): string {
  return input
    .normalize('NFC')
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** ASCII digits only, from Arabic-Indic, Persian or ASCII input (other characters kept). */
export function asciiDigits(input: string): string {
  return input
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}
