/**
 * HTML-escape text for element content and double- or single-quoted attributes. Everything that
 * reaches the page from the result model passes through here (operator names and messages come from
 * users' plugins), so a plugin named `<img src=x onerror=alert(1)>` shows as text.
 */
export const esc = (s: string | number): string =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
