/**
 * `column LIKE :p ESCAPE '!'` with `containsPattern(text)`: '!' works as the escape on both engines
 * (backslash is MySQL's default but not SQLite's, and is written differently in each dialect).
 */
export const LIKE_ESCAPE = "ESCAPE '!'";

export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
