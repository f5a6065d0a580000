/**
 * Text inside HTML and SVG: the five characters that could end a text or an attribute.
 *
 * @module
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `New Year's Day` → `New Year&#39;s Day`; safe in element text and in quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
