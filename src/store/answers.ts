/** Recorded answers: who asked what, where, and which passages were cited. */
import type { Database } from "better-sqlite3";
import { z } from "zod";
import { passageKey } from "../qa/index.js";
import { DAY_MS, STORE_DEFAULTS } from "./defaults.js";
import { StoreError } from "./errors.js";
import {
  answerSource,
  articleId,
  epochMs,
  iso,
  parseInput,
  parseRow,
  passageKind,
  rowId,
  sha256Hex,
  snowflake,
} from "./schemas.js";

const passageInput = z
  .object({
    articleId,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    /** sha256 hex of the quoted text; see `passageHash` in src/moderation. */
    textHash: sha256Hex,
    kind: passageKind.default("passage"),
  })
  .refine((p) => p.start < p.end, "passage start must be below end");

export const recordAnswerInput = z.object({
  guildId: snowflake,
  channelId: snowflake,
  /** The user who asked. */
  userId: snowflake,
  /** The id of the bot's answer message. */
  messageId: snowflake,
  source: answerSource,
  question: z.string().max(STORE_DEFAULTS.maxQuestionLength, "question is too long"),
  passages: z.array(passageInput).max(STORE_DEFAULTS.maxPassagesPerAnswer, "too many passages"),
});
export type RecordAnswerInput = z.input<typeof recordAnswerInput>;

/** One cited passage (or quote attribution) of a recorded answer. */
export interface PassageRecord {
  /** `articleId:start-end`. */
  key: string;
  kind: "passage" | "attribution";
  articleId: string;
  start: number;
  end: number;
  /** sha256 hex of the quoted text at the time of the answer. */
  textHash: string;
}

/** A recorded answer. */
export interface AnswerRecord {
  id: number;
  guildId: string;
  channelId: string;
  userId: string;
  messageId: string;
  source: "ask" | "mention" | "quote";
  /** The question, or null once the retention period has passed. */
  question: string | null;
  createdAt: string;
  /** When the question was blanked by retention clean-up, else null. */
  questionPurgedAt: string | null;
  /** In the order they were shown. */
  passages: PassageRecord[];
}

/** What {@link AnswersRepo.purgeExpired} did. */
export interface PurgeResult {
  /** Answers older than the cutoff that no report refers to, deleted with their passages. */
  answersDeleted: number;
  /** Answers kept because reports refer to them, whose question was blanked. */
  questionsBlanked: number;
  /** Questions asked before this instant are gone. */
  cutoff: string;
}

const answerRow = z.object({
  id: rowId,
  guild_id: snowflake,
  channel_id: snowflake,
  user_id: snowflake,
  message_id: snowflake,
  source: answerSource,
  question: z.string().nullable(),
  created_at: epochMs,
  question_purged_at: epochMs.nullable(),
});

const passageRow = z.object({
  passage_key: z.string(),
  kind: passageKind,
  article_id: articleId,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  text_hash: sha256Hex,
});

export function toPassageRecord(row: unknown, table: string): PassageRecord {
  const p = parseRow(passageRow, row, table);
  const key = passageKey({ articleId: p.article_id, start: p.start, end: p.end });
  if (key !== p.passage_key) throw new StoreError("corrupt", `unexpected row in ${table}: key ${p.passage_key} does not match its offsets`);
  return { key, kind: p.kind, articleId: p.article_id, start: p.start, end: p.end, textHash: p.text_hash };
}

/** The SQL of this repository, prepared once per connection. */
function answerStatements(db: Database) {
  return {
    byMessage: db.prepare("SELECT * FROM answers WHERE message_id = ?"),
    byId: db.prepare("SELECT * FROM answers WHERE id = ?"),
    passagesOf: db.prepare("SELECT * FROM answer_passages WHERE answer_id = ? ORDER BY position"),
    insertAnswer: db.prepare(
      `INSERT INTO answers (guild_id, channel_id, user_id, message_id, source, question, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    nextPosition: db.prepare("SELECT COALESCE(MAX(position) + 1, 0) AS next FROM answer_passages WHERE answer_id = ?"),
    insertPassage: db.prepare(
      `INSERT OR IGNORE INTO answer_passages (answer_id, position, passage_key, kind, article_id, start, "end", text_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    deleteExpired: db.prepare(
      `DELETE FROM answers WHERE created_at < ?
         AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.answer_id = answers.id)
         AND NOT EXISTS (SELECT 1 FROM report_entries e WHERE e.answer_id = answers.id)`,
    ),
    blankExpired: db.prepare(
      "UPDATE answers SET question = NULL, question_purged_at = ? WHERE created_at < ? AND question IS NOT NULL",
    ),
  };
}

type AnswerStatements = ReturnType<typeof answerStatements>;

function hydrateAnswer(sql: AnswerStatements, row: unknown): AnswerRecord {
  const a = parseRow(answerRow, row, "answers");
  return {
    id: a.id,
    guildId: a.guild_id,
    channelId: a.channel_id,
    userId: a.user_id,
    messageId: a.message_id,
    source: a.source,
    question: a.question,
    createdAt: iso(a.created_at),
    questionPurgedAt: a.question_purged_at === null ? null : iso(a.question_purged_at),
    passages: sql.passagesOf.all(a.id).map((p) => toPassageRecord(p, "answer_passages")),
  };
}

/** Insert the answer (or find it again by message) and the passages not yet recorded; returns its row id. */
function recordTransaction(db: Database, sql: AnswerStatements, now: () => number) {
  return db.transaction((input: z.output<typeof recordAnswerInput>): number => {
    const existing = sql.byMessage.get(input.messageId);
    let answerId: number;
    if (existing === undefined) {
      const result = sql.insertAnswer.run(
        input.guildId,
        input.channelId,
        input.userId,
        input.messageId,
        input.source,
        input.question,
        now(),
      );
      answerId = Number(result.lastInsertRowid);
    } else {
      const a = parseRow(answerRow, existing, "answers");
      if (a.guild_id !== input.guildId) {
        throw new StoreError("invalid-input", `message ${input.messageId} is already recorded for another server`);
      }
      answerId = a.id;
    }
    let position = parseRow(z.object({ next: z.number().int().nonnegative() }), sql.nextPosition.get(answerId), "answer_passages").next;
    for (const p of input.passages) {
      const key = passageKey(p);
      const changes = sql.insertPassage.run(answerId, position, key, p.kind, p.articleId, p.start, p.end, p.textHash).changes;
      position += changes;
    }
    return answerId;
  });
}

/** Delete unreferenced expired answers and blank the questions of the rest. */
function purgeTransaction(db: Database, sql: AnswerStatements, now: () => number, retentionDays: number) {
  return db.transaction((): PurgeResult => {
    const at = now();
    const cutoff = at - retentionDays * DAY_MS;
    const answersDeleted = sql.deleteExpired.run(cutoff).changes;
    const questionsBlanked = sql.blankExpired.run(at, cutoff).changes;
    return { answersDeleted, questionsBlanked, cutoff: iso(cutoff) };
  });
}

export function answersRepo(db: Database, now: () => number, retentionDays: number) {
  const sql = answerStatements(db);
  const hydrate = (row: unknown): AnswerRecord => hydrateAnswer(sql, row);
  const record = recordTransaction(db, sql, now);
  const purge = purgeTransaction(db, sql, now, retentionDays);

  return {
    /**
     * Record an answer message and its passages. Calling it again for the same
     * message (e.g. after paging edited it) adds passages not yet recorded and
     * keeps the original question and time.
     */
    recordAnswer(input: RecordAnswerInput): AnswerRecord {
      const parsed = parseInput(recordAnswerInput, input, "answer");
      const id = record.immediate(parsed);
      return hydrate(sql.byId.get(id));
    },

    /** The answer recorded for a message in this server, if any. */
    findAnswerByMessage(guildId: string, messageId: string): AnswerRecord | undefined {
      const g = parseInput(snowflake, guildId, "guild id");
      const m = parseInput(snowflake, messageId, "message id");
      const row = sql.byMessage.get(m);
      if (row === undefined) return undefined;
      const answer = hydrate(row);
      return answer.guildId === g ? answer : undefined;
    },

    /** The answer with a row id (internal; used to build report records). */
    answerById(id: number): AnswerRecord | undefined {
      const row = sql.byId.get(id);
      return row === undefined ? undefined : hydrate(row);
    },

    /**
     * Retention clean-up: answers older than the retention period lose their
     * question. Those no report refers to are deleted outright (with their
     * passages); those a report refers to are kept, question blanked, so the
     * report and any decision keep their link to the message.
     */
    purgeExpired(): PurgeResult {
      return purge.immediate();
    },
  };
}

export type AnswersRepo = ReturnType<typeof answersRepo>;
