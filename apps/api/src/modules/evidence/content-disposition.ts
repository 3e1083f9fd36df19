/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 / RFC 8187): the quoted ASCII fallback
 * for old clients, the percent-encoded UTF-8 name for everyone else (Chinese names survive).
 */
export function contentDisposition(fileName: string, inline = false): string {
  const type = inline ? 'inline' : 'attachment';
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
