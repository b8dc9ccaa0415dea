/** A calendar day (UTC) as that language writes it in full; an unusable tag writes it as English does. */
export function formatDate(day: Date, lang: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(lang, options).format(day);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(day);
  }
}
