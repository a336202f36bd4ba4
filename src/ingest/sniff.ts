/** Telling an HTML page from plain text by its first characters, without loading an HTML parser. */

/** Whether `text` looks like an HTML page rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(body|article|p|div|meta|head)[\s>]/.test(head);
}
