import type { AddressInfo } from "node:net";
import type { AppContext } from "../runtime/context.js";
import { createHttpApp, errorHandler, listen } from "../runtime/http.js";
import { mountJitsiEvents } from "./events.js";

// Shared by the tests that play the deployment's side: honjok's room-event routes served over
// real HTTP, and the requests mod_event_sync_component.lua (jitsi/deploy) sends to them, with the
// same bodies, headers and whole-second times.

/** The deployment's clock, os.time(): whole seconds. */
export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Serves the room-event routes of `ctx` on 127.0.0.1; `token` unset turns them off, as in a process. */
export async function serveJitsiEvents(ctx: AppContext, token: string | undefined): Promise<string> {
  const { logger } = ctx;
  const app = createHttpApp({ logger, metrics: ctx.metrics, metricsToken: undefined, readiness: {} });
  mountJitsiEvents(app, { db: ctx.db, translator: ctx.translator, logger, token });
  app.use(errorHandler(logger));
  const server = await listen(app, "127.0.0.1", 0, ctx.shutdown);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** An occupant as the module writes it, with the token's user context (name, e-mail, id). */
export function occupant(
  seatId: string | undefined,
  joinedAt: number,
  leftAt?: number,
  jid = `${seatId}@meet.jitsi/a1`,
) {
  return {
    name: "김하나",
    email: "hana@example.com",
    ...(seatId === undefined ? {} : { id: seatId }),
    occupant_jid: jid,
    joined_at: joinedAt,
    ...(leftAt === undefined ? {} : { left_at: leftAt }),
  };
}

export type Occupant = ReturnType<typeof occupant>;

/** What names the room in every event: a workout's room, or anything with one. */
export interface EventRoom {
  room: { name: string };
}

export interface Sent {
  status: number;
  body: Record<string, unknown>;
}

export interface PostOptions {
  url?: string;
  token?: string;
  language?: string;
}

/** The deployment's event sync, sending to `baseUrl` with the Bearer `token` unless told otherwise. */
export function eventSync(baseUrl: string, token: string) {
  async function post(path: string, body: unknown, options: PostOptions = {}): Promise<Sent> {
    const bearer = options.token ?? token;
    const response = await fetch(`${options.url ?? baseUrl}/jitsi/events/${path}`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Prosody (0.12.4; posix)",
        ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
        ...(options.language ? { "Accept-Language": options.language } : {}),
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  const roomFields = ({ room }: EventRoom) => ({
    room_name: room.name,
    room_jid: `${room.name}@muc.meet.jitsi`,
    is_breakout: false,
  });

  return {
    post,
    roomFields,
    joined: (at: EventRoom, who: Occupant) =>
      post("occupant/joined", {
        event_name: "muc-occupant-joined",
        ...roomFields(at),
        active_occupants_count: 1,
        occupant: who,
      }),
    left: (at: EventRoom, who: Occupant) =>
      post("occupant/left", {
        event_name: "muc-occupant-left",
        ...roomFields(at),
        active_occupants_count: 0,
        occupant: who,
      }),
    created: (at: EventRoom, createdAt: number) =>
      post("room/created", { event_name: "muc-room-created", ...roomFields(at), created_at: createdAt }),
    destroyed: (
      at: EventRoom,
      createdAt: number,
      destroyedAt: number,
      allOccupants: Occupant[] | Record<string, never>,
    ) =>
      post("room/destroyed", {
        event_name: "muc-room-destroyed",
        ...roomFields(at),
        created_at: createdAt,
        destroyed_at: destroyedAt,
        all_occupants: allOccupants,
      }),
  };
}

export type EventSync = ReturnType<typeof eventSync>;
