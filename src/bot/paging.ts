/**
 * Questions remembered for "More sources" (and /quote lookups for "More
 * quotes"). A question is user text, so it never travels in a custom id; the
 * button carries the id of the request that asked it and the question is
 * looked up here. Bounded in size and age;
 * after a restart or expiry the button says so instead of guessing.
 * lru-cache keeps the size bound (the oldest go first).
 */
import { LRUCache } from "lru-cache";

export interface PagingOptions {
  /** How long a question stays pageable. */
  ttlMs: number;
  /** Most questions kept; the oldest go first. */
  capacity: number;
  /** Default Date.now. */
  now?: () => number;
}

/**
 * Who may page a request, and where. A custom id is whatever a modified
 * client sends, so the ids inside it prove nothing: a page is given only to
 * the person recorded as asking, on the message the answer was delivered in.
 */
export interface PageOwner {
  /** Who asked. */
  userId: string;
  /** The bot's message holding the answer; unknown in the terminal, which has one person and no messages. */
  messageId?: string;
}

/** What "More sources" needs to know about the question behind a button. */
export interface Asked extends PageOwner {
  question: string;
  /** How it was asked, for the answer records moderation keeps. */
  source: "ask" | "mention";
}

/** What "More quotes" needs to know about the /quote lookup behind a button. */
export interface QuoteRequest extends PageOwner {
  /** The speaker's id, as the first page resolved it (so later pages cannot drift to someone else). */
  speakerId: string;
  topic?: string;
  outlet?: string;
  /** The lookup as typed, e.g. `/quote speaker:Zelensky topic:peace`, for the answer records moderation keeps. */
  question: string;
}

interface Entry<T> {
  value: T;
  expires: number;
}

/** Requests remembered by id; `T` is what a page needs (a question, or a /quote lookup). */
export class PagingMemory<T extends PageOwner = Asked> {
  // lru-cache drops the oldest beyond capacity. Expiry is checked here: its own TTL counts a
  // start time of 0 as "no TTL" and keeps an entry alive at exactly ttlMs, which an injected clock exposes.
  private readonly entries: LRUCache<string, Entry<T>>;
  private readonly now: () => number;

  constructor(private readonly options: PagingOptions) {
    this.now = options.now ?? Date.now;
    this.entries = new LRUCache({ max: options.capacity });
  }

  remember(askId: string, value: T): void {
    this.entries.set(askId, { value, expires: this.now() + this.options.ttlMs });
  }

  /** What was remembered under `askId`, unless forgotten. */
  recall(askId: string): T | undefined {
    const entry = this.entries.peek(askId);
    if (entry === undefined) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(askId);
      return undefined;
    }
    return entry.value;
  }
}

/** A page request as pressed: the ids its custom id carries, and who pressed it on which message. */
export interface PageRequest {
  askId: string;
  /** The user id inside the custom id. */
  userId: string;
}

export type PageAccess<T> = { ok: true; request: T } | { ok: false; reason: "refused" | "expired" };

/**
 * The remembered request a button asks for, if the person pressing it asked
 * it and pressed it on the message it was answered in.
 */
export function recallPage<T extends PageOwner>(
  memory: PagingMemory<T>,
  action: PageRequest,
  presser: { userId: string; message?: { readonly id: string } },
): PageAccess<T> {
  if (presser.userId !== action.userId) return { ok: false, reason: "refused" };
  const request = memory.recall(action.askId);
  if (request === undefined) return { ok: false, reason: "expired" };
  const elsewhere = request.messageId !== undefined && presser.message?.id !== request.messageId;
  if (request.userId !== presser.userId || elsewhere) return { ok: false, reason: "refused" };
  return { ok: true, request };
}
