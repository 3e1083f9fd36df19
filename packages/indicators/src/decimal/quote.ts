/**
 * Quotes a Chinese label for a message. Labels often carry their own quotation marks
 * (“双公示”信息合规率); nested quotes become single ones, as Chinese typography does:
 * “‘双公示’信息合规率”, never ““双公示”信息合规率”.
 */
export function quote(label: string): string {
  return `“${label.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}
