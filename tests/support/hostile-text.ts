/*
 * Hostile strings, in one place, for every test that feeds untrusted text to journeykit:
 * validation, the Markdown, Mermaid and CSV outputs, and the SVG renderer. Each list is
 * a family; `HOSTILE_TEXT` is all of them. Tests put these strings in every text field of
 * a map (see hostile-map.ts) and check that nothing breaks out of where it belongs.
 * `LAYOUT_TRAPS` and `LONG_WORDS` are what the browser suite lays out (length, scripts,
 * markup and controls together), in a fixed order its seeded maps depend on.
 */

/** Keys that reach an object's prototype when assigned naively. */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype"] as const;

/** Markup that tries to leave an XML/HTML text node or attribute and start active content. */
export const MARKUP_BREAKOUTS = [
  "</text><script>alert(1)</script>",
  '"><svg onload=alert(1)>',
  "'><img src=x onerror=alert(1)>",
  "<![CDATA[",
  "]]>",
  "<![CDATA[</text><script>alert(1)</script>]]>",
  "&amp;",
  "&#x0;",
  "&lt;script&gt;",
  "<!-- comment -->",
  '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  '<a href="javascript:alert(1)">x</a>',
  "<foreignObject><iframe src=//evil.example></iframe></foreignObject>",
  '<use href="https://evil.example/x.svg#a"/>',
  "<style>*{background:url(//evil.example)}</style>",
  "<br>",
  "<BR/>",
  'x" onmouseover="alert(1)',
  "x' onfocus='alert(1)",
] as const;

/**
 * More markup for the SVG escaping tests, kept out of {@link HOSTILE_TEXT} so that the
 * seeded fuzz runs built from it draw the same strings as before.
 */
export const SVG_BREAKOUTS = ["' onmouseover='alert(1)", "<!-- comment --> <?pi?>", "]]><![CDATA[x]]>"] as const;

/** Markdown that tries to format, link, or break a table or list. */
export const MARKDOWN_BREAKOUTS = [
  "| a | b |",
  "a|b",
  "\\|",
  "[click](javascript:alert(1))",
  "![x](https://evil.example/track.png)",
  "<https://evil.example>",
  "**bold** _em_ `code` ~~strike~~",
  "# heading",
  "```\ncode\n```",
  "line\nbreak",
  "line\r\nbreak",
  "tab\there",
  "\\",
  "[^1]: footnote",
] as const;

/** Text that Mermaid's journey grammar and CSV give meaning to. */
export const SYNTAX_BREAKOUTS = [
  "a: 5: Me",
  "section Evil",
  "title Evil",
  "journey",
  "accTitle: x",
  "accDescr { x }",
  "%% comment",
  "%%{init: {}}%%",
  "# comment",
  "a;b",
  "∶ ＃ ； ％",
  "a,b",
  '"quoted"',
  '""',
  '=HYPERLINK("http://evil.example")',
  "+1",
  "-1",
  "@SUM(A1)",
  "'=1+1",
  "\t=1",
] as const;

/** URLs that must never be accepted where journeykit stores a link. */
export const DANGEROUS_URLS = [
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "\u0000javascript:alert(1)",
  "vbscript:msgbox(1)",
  "data:text/html,<script>alert(1)</script>",
  "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
  "file:///etc/passwd",
  "blob:https://example.com/uuid",
  "ftp://example.com/x",
  "//evil.example/x",
  "/relative/path",
  "",
] as const;

/** URLs that must be accepted in an evidence `url`. */
export const SAFE_URLS = ["https://example.com/research?id=1#top", "http://example.com", "HTTPS://EXAMPLE.COM/A"] as const;

/** Characters that are legal in JSON strings but trouble for terminals, XML and parsers. */
export const CONTROL_CHARACTERS = [
  "\u0000",
  "nul\u0000inside",
  "\u0001\u0002\u0003\u0007\u0008",
  "\u000b\u000c",
  "\u001b[31mred\u001b[0m",
  "\u007f",
  "\u0085",
  "\u2028\u2029",
  "line\u2028separator",
  "para\u2029graph",
  "\ufeff",
  "\ufffe\uffff",
] as const;

/** Unicode that is unpaired, reordering or invisible. */
export const UNICODE_TRAPS = [
  "\ud800",
  "\udfff",
  "lone \ud83d surrogate",
  "\ude00 reversed \ud83d",
  "\u202eevil\u202c",
  "\u2066isolate\u2069",
  "\u200b\u200c\u200d\u2060",
  "e\u0301\u0301\u0301\u0301",
  "😀👍🏽👨‍👩‍👧",
  "中文字符；测试",
  "مرحبا",
] as const;

/** Every hostile string above, as one list. */
export const HOSTILE_TEXT: readonly string[] = [
  ...MARKUP_BREAKOUTS,
  ...MARKDOWN_BREAKOUTS,
  ...SYNTAX_BREAKOUTS,
  ...DANGEROUS_URLS.filter((url) => url !== ""),
  ...CONTROL_CHARACTERS,
  ...UNICODE_TRAPS,
];

/** Raw HTML tags that must never appear in Markdown output made from hostile text. */
export const HTML_TAG = /<\/?[A-Za-z!?][^>]*>/;

/** Text that tries everything a renderer can get wrong: length, scripts, markup, controls. */
export const LAYOUT_TRAPS = [
  "A perfectly ordinary sentence that is long enough to wrap across several lines of a narrow column",
  `Supercalifragilistic${"expialidocious".repeat(20)}`,
  "https://example.com/a/very/long/path/that/has/no/spaces/at/all/and/keeps/going?query=string&and=more",
  "顧客は店に入って注文するまで長い時間待たなければならなかった",
  "고객은 주문하기 전에 오래 기다려야 했습니다",
  "انتظر العميل طويلاً قبل أن يتمكن من الطلب",
  "הלקוח חיכה זמן רב לפני שהזמין",
  "Family 👨‍👩‍👧‍👦 and flags 🇯🇵🇫🇷 and skin tones 👍🏽 in one line",
  "Combining marks: é é ñ ǹ Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǒ̗̻",
  "</text><script>alert(1)</script>",
  '"><svg onload=alert(1)>',
  "]]><!-- --><![CDATA[x]]>",
  "&amp; &lt; &#x3C; &unknown;",
  "Controls\u0000\u0001\u0008\u000b\u000c\u001f and \ufffe\uffff removed",
  "Bidi \u202eoverride\u202c and \u2066isolate\u2069",
  "Lone surrogates \ud800 and \udfff",
  "Tabs\tand\nnew\r\nlines",
  "x",
];

/**
 * Single words of 5,000 characters that no column can hold: Latin, the widest Latin
 * letter, and CJK (which breaks anywhere but still fills hundreds of lines).
 */
export const LONG_WORDS = ["Lorem".repeat(1000), "W".repeat(5000), "顧客注文待".repeat(1000)];
