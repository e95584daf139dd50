import type { JourneyMapInput } from "../../src/model/journey-map";
import { seededRandom } from "../fixtures/generate-map";

/** Text that tries everything a renderer can get wrong: length, scripts, markup, controls. */
export const HOSTILE_TEXTS = [
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

/**
 * Fifty-ish seeded maps full of hostile text: every text field gets something from
 * {@link HOSTILE_TEXTS}; stages with 0, 1 and many touchpoints; missing emotions.
 */
export function generateHostileMaps(count = 50): JourneyMapInput[] {
  const maps: JourneyMapInput[] = [];
  for (let seed = 1; seed <= count; seed++) {
    const random = seededRandom(seed);
    const text = () => HOSTILE_TEXTS[Math.floor(random() * HOSTILE_TEXTS.length)]!;
    const some = (max: number) => Array.from({ length: Math.floor(random() * (max + 1)) }, text);
    const stageCount = 1 + Math.floor(random() * 5);
    const stages = Array.from({ length: stageCount }, (_, i) => ({ id: `s${i}`, name: text(), goal: text() }));
    const touchpoints = [];
    let n = 0;
    for (let s = 0; s < stageCount; s++) {
      const inStage = s === 0 ? 0 : s === 1 ? 1 : Math.floor(random() * 6);
      for (let k = 0; k < inStage; k++, n++) {
        touchpoints.push({
          id: `tp${n}`,
          stageId: `s${s}`,
          name: text(),
          channelId: random() < 0.7 ? "ch0" : undefined,
          ownerId: random() < 0.7 ? "team0" : undefined,
          actions: some(3),
          thoughts: some(2),
          feelings: some(2),
          emotion: random() < 0.8 ? 1 + Math.floor(random() * 5) : undefined,
          expectedEmotion: random() < 0.6 ? 1 + Math.floor(random() * 5) : undefined,
          personaEmotions: random() < 0.5 ? [{ personaId: "p1", emotion: 1 + Math.floor(random() * 5) }] : [],
          momentOfTruth: random() < 0.2,
        });
      }
    }
    const tpIds = touchpoints.map((t) => t.id);
    const painPoints = tpIds.length
      ? [{ id: "pp0", title: text(), description: text(), touchpointIds: [tpIds[0]!], severity: 1 + Math.floor(random() * 5) }]
      : [];
    maps.push({
      schemaVersion: 1,
      id: `hostile-${seed}`,
      title: text(),
      description: text(),
      personas: [
        { id: "p0", name: text() },
        { id: "p1", name: text() },
      ],
      stages,
      channels: [{ id: "ch0", name: text() }],
      teams: [{ id: "team0", name: text() }],
      touchpoints: touchpoints.map((t) => JSON.parse(JSON.stringify(t))),
      painPoints,
      opportunities: painPoints.length
        ? [{ id: "opp0", title: text(), painPointIds: ["pp0"], impact: 3, effort: 2, status: "idea" as const }]
        : [],
    });
  }
  return maps;
}
