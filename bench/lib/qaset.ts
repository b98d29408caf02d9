/**
 * Question sets in the format of ../shared/wikinews-dev/qa.json:
 * `{"questions": [{"q", "any": [strings], "article"} | {"q", "unanswerable": true, "kind"}]}`.
 * An answer hits when the cited sentence contains one of `any`, case-insensitively,
 * with curly quotes and apostrophes folded. Used by the benchmarks only.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

const AnswerableSchema = z.object({ q: z.string().min(1), any: z.array(z.string().min(1)).min(1), article: z.string().min(1) }).strict();
const UnanswerableSchema = z.object({ q: z.string().min(1), unanswerable: z.literal(true), kind: z.enum(["off-topic", "adversarial"]) }).strict();
const QaSetSchema = z.object({ about: z.string().optional(), questions: z.array(z.union([AnswerableSchema, UnanswerableSchema])).min(1) });

export type AnswerableQuestion = z.infer<typeof AnswerableSchema>;
export type UnanswerableQuestion = z.infer<typeof UnanswerableSchema>;
export type QaQuestion = AnswerableQuestion | UnanswerableQuestion;

export const isAnswerable = (q: QaQuestion): q is AnswerableQuestion => !("unanswerable" in q);

export function readQaSet(file: string): QaQuestion[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file}: cannot read a question set (${(e as Error).message.split("\n")[0]})`);
  }
  const parsed = QaSetSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join(".") || "top level"}: expected {"questions": [{"q", "any": [..], "article"} | {"q", "unanswerable": true, "kind": "off-topic"|"adversarial"}]} (${issue?.message})`);
  }
  return parsed.data.questions;
}

/** Lower case with curly quotes and apostrophes made straight. */
export const foldForMatch = (s: string): string => s.toLowerCase().replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');

export function hits(text: string, any: readonly string[]): boolean {
  const t = foldForMatch(text);
  return any.some((a) => a.trim() !== "" && t.includes(foldForMatch(a.trim())));
}
