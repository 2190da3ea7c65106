// Where the login page sends the browser afterwards (?next=): only a path on this site.
// Browsers read "\" as "/" and drop tabs and newlines, so "/\evil.example" and "/<tab>/evil.example"
// are "//evil.example", another host: such values, and any that decode into one, become "/".

/** Control characters, and whitespace of any kind (a browser strips some of it before parsing). */
const UNSAFE_CHAR = /[\p{Cc}\p{Cf}\p{Z}\s]/u;
/** What a decoding may not reveal: a second leading slash, a backslash, a control character. */
const UNSAFE_DECODED = /^\/\/|\\|\p{Cc}/u;

/** The value and what it decodes into, once and again (a link may encode it twice); null when malformed. */
function decodings(value: string): string[] | null {
  const out = [value];
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(out.at(-1)!);
      if (next === out.at(-1)) break;
      out.push(next);
    } catch {
      return null;
    }
  }
  return out;
}

/** `value` when it is a path on this site (one leading "/", nothing a browser reads as another host); "/" otherwise. */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || UNSAFE_CHAR.test(value)) return "/";
  const decoded = decodings(value);
  if (!decoded || decoded.some((d) => UNSAFE_DECODED.test(d))) return "/";
  // The last word goes to the URL parser itself: resolved against a placeholder, it must stay there.
  return new URL(value, "http://atlas.invalid").origin === "http://atlas.invalid" ? value : "/";
}
