import type { Redis } from "ioredis";
import {
  type DialogState,
  type DialogStore,
  dialogRedisKey,
  dialogWrite,
  parseDialog,
  type RedisCommand,
} from "../../conversation/dialogs.js";

// Redis is on the path of every update: the claim that has it handled once (update-dedupe.ts),
// the person's dialog, whether a reply keyboard is showing, and what is written back. One round
// trip each cost more on these machines than everything else an update does in Node, so an update
// makes two: a pipeline before it is handled and a MULTI after. The MULTI also lands the dialog's
// change together with the "handled" mark, so a redelivery never meets half of its first delivery.

/**
 * A reply keyboard (share location, share contact) stays on the person's screen until a later
 * message removes it, and a later update may be handled by another instance, so whether one is
 * showing lives in Redis. A week covers a person who comes back long after the question expired.
 */
const REPLY_KEYBOARD_SECONDS = 7 * 24 * 3600;

const replyKeyboardKey = (queuePrefix: string, chatId: number) =>
  `${queuePrefix}:telegram-reply-keyboard:${chatId}`;

/** What one update may read and change in Redis while it is handled. */
export interface UpdateTurn {
  /** Answers the person's dialog from the first round trip; keeps its change for the last. */
  dialogs: DialogStore;
  replyKeyboardOpen: boolean;
  setReplyKeyboardOpen(open: boolean): void;
}

export interface TurnKeys {
  queuePrefix: string;
  /** The dispatcher's key for the person's dialog (dialogKeyOf), when the update has a person. */
  dialogKey: string | undefined;
  /** The chat replies go to, when there is one. */
  chatId: number | undefined;
}

export interface BegunTurn {
  /** What `first` answered. */
  first: unknown;
  turn: UpdateTurn;
  /** Writes what the turn changed, and `last` with it, atomically. */
  commit(last: RedisCommand): Promise<void>;
}

/** The answers of a pipeline, or its first failure: a reply Redis refused is a bug, not an outage. */
function answersOf(results: [Error | null, unknown][] | null): unknown[] {
  if (!results) throw new Error("the pipeline was not run");
  return results.map(([error, answer]) => {
    if (error) throw error;
    return answer;
  });
}

/** One round trip: `first` (the update's claim), then the dialog and the reply keyboard. */
export async function beginTurn(redis: Redis, keys: TurnKeys, first: RedisCommand): Promise<BegunTurn> {
  const { queuePrefix, dialogKey, chatId } = keys;
  const dialogRedis = dialogKey === undefined ? undefined : dialogRedisKey(queuePrefix, dialogKey);
  const keyboardRedis = chatId === undefined ? undefined : replyKeyboardKey(queuePrefix, chatId);
  const reads = redis.pipeline().call(...first);
  if (dialogRedis) reads.get(dialogRedis);
  if (keyboardRedis) reads.exists(keyboardRedis);
  const [firstAnswer, ...rest] = answersOf(await reads.exec());
  const storedDialog = dialogRedis ? parseDialog(rest.shift() as string | null) : undefined;
  const keyboardOpen = keyboardRedis ? rest.shift() === 1 : false;

  const writes: RedisCommand[] = [];
  const stage = (key: string, state: DialogState | undefined) =>
    writes.push(dialogWrite(dialogRedisKey(queuePrefix, key), state));
  const turn: UpdateTurn = {
    dialogs: {
      // Another key than the one read ahead would be a bug; reading it is still right, only slower.
      get: async (key) =>
        key === dialogKey ? storedDialog : parseDialog(await redis.get(dialogRedisKey(queuePrefix, key))),
      set: async (key, state) => void stage(key, state),
      clear: async (key) => void stage(key, undefined),
    },
    replyKeyboardOpen: keyboardOpen,
    setReplyKeyboardOpen(open) {
      if (!keyboardRedis || open === turn.replyKeyboardOpen) return;
      turn.replyKeyboardOpen = open;
      writes.push(open ? ["set", keyboardRedis, "1", "EX", REPLY_KEYBOARD_SECONDS] : ["del", keyboardRedis]);
    },
  };
  return {
    first: firstAnswer,
    turn,
    async commit(last) {
      const transaction = redis.multi();
      for (const write of writes) transaction.call(...write);
      answersOf(await transaction.call(...last).exec());
    },
  };
}
