const ARABIC = /[\u0600-\u06ff]/;

/**
 * Letters for a person's avatar: two initials for Latin names ("Omar Analyst" → "OA"), one for
 * Arabic names, whose letters would join into a word ("مها المدير" → "م", never "ما").
 */
export function initialsOf(displayName: string, username = ''): string {
  const name = displayName.trim() || username;
  const words = name.split(/\s+/).filter(Boolean);
  if (ARABIC.test(name)) return words[0]?.charAt(0) ?? '';
  return words
    .slice(0, 2)
    .map((word) => word.charAt(0))
    .join('')
    .toUpperCase();
}
