/**
 * Read a SQuAD v1.1 file into corpus articles (one per SQuAD article, its
 * paragraphs separated by blank lines, headline = title) and questions with
 * their gold answers. Used by the benchmarks only.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Article } from "../../src/qa/index.js";

const SquadSchema = z.object({
  version: z.string(),
  data: z.array(
    z.object({
      title: z.string(),
      paragraphs: z.array(
        z.object({
          context: z.string(),
          qas: z.array(z.object({ id: z.string(), question: z.string(), answers: z.array(z.object({ text: z.string() })) })),
        }),
      ),
    }),
  ),
});

export interface SquadQuestion {
  id: string;
  question: string;
  answers: string[];
  articleId: string;
  /** Deterministic half: "fit" questions may tune weights, "holdout" ones only report. */
  split: "fit" | "holdout";
}

export interface SquadSet {
  articles: Article[];
  questions: SquadQuestion[];
}

const slug = (title: string, i: number) =>
  `${String(i).padStart(2, "0")}-${title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`.slice(0, 40).replace(/-$/, "");

export function readSquad(file: string): SquadSet {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file}: cannot read a SQuAD JSON file (${(e as Error).message.split("\n")[0]})`);
  }
  const parsed = SquadSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: expected SQuAD v1.1 JSON ({version, data: [{title, paragraphs: [{context, qas}]}]})`);
  const articles: Article[] = [];
  const questions: SquadQuestion[] = [];
  let n = 0;
  parsed.data.data.forEach((doc, i) => {
    const id = slug(doc.title, i);
    articles.push({
      id,
      headline: doc.title.replace(/_/g, " "),
      headlineSupplied: false,
      outlet: "Wikipedia (SQuAD v1.1)",
      published: "2016-06-16",
      body: doc.paragraphs.map((p) => p.context.replace(/\s*\n\s*/g, " ").trim()).join("\n\n"),
      file: `${id}.md`,
    });
    for (const p of doc.paragraphs) {
      for (const qa of p.qas) {
        questions.push({ id: qa.id, question: qa.question, answers: [...new Set(qa.answers.map((a) => a.text))], articleId: id, split: n++ % 2 === 0 ? "fit" : "holdout" });
      }
    }
  });
  return { articles, questions };
}

/** An answer counts when the cited sentence contains a gold answer, case-insensitively. */
export function containsGold(text: string, answers: readonly string[]): boolean {
  const t = text.toLowerCase();
  return answers.some((a) => a.trim() !== "" && t.includes(a.trim().toLowerCase()));
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}
