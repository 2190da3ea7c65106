// HTML pages become plain text through html-to-text (a maintained parser), not regular
// expressions: scripts, styles, navigation and images are dropped, paragraphs kept apart.
import { convert } from "html-to-text";

export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "header", format: "skip" },
      { selector: "footer", format: "skip" },
      { selector: "aside", format: "skip" },
      { selector: "form", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "table", format: "dataTable" },
    ],
  })
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The <title> of a page, when it has one. */
export function htmlTitle(html: string): string | undefined {
  const m = /<title[^>]*>([^<]{1,500})<\/title>/i.exec(html);
  return m ? convert(m[1]!, { wordwrap: false }).trim() || undefined : undefined;
}

/** Text of an uploaded file by its name: .html/.htm converted, .txt/.md as they are. */
export function fileToText(name: string, content: string): { text: string; title?: string } {
  if (/\.html?$/i.test(name) || /^\s*<(!doctype html|html)/i.test(content)) return { text: htmlToText(content), title: htmlTitle(content) };
  return { text: content };
}
