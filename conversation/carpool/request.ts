import { z } from "zod";
import { actions } from "../../core/actions/table.js";
import { soloFare } from "../../core/carpool/fare.js";
import { localTime } from "../../core/carpool/format.js";
import { refuseSecondLiveRide, refuseUnlessVideoVerified } from "../../core/carpool/queries.js";
import { createRideRequest } from "../../core/carpool/requests/mutations.js";
import type { DepartureWindow } from "../../core/carpool/window.js";
import type { ErrorCode } from "../../core/errors.js";
import { requireVerified } from "../../core/identity/verification.js";
import { type Place, placeSchema } from "../../core/place.js";
import { askAgainWhen, type CommandContext, defineCommand } from "../command.js";
import { reply } from "../reply.js";
import {
  departureField,
  departureWindow,
  destinationField,
  extraField,
  minTemperatureField,
  originField,
  sameGenderField,
  seatsField,
  splitField,
} from "./fields.js";

/** A time the person can fix by typing it again: asked again rather than ending the dialog. */
const timeErrors: ErrorCode[] = [
  "ride-time-unreadable",
  "ride-departure-past",
  "ride-window-too-wide",
  "ride-departure-too-far",
];

function placeName(place: Place): string {
  return place.label ?? `${place.lat.toFixed(4)},${place.lng.toFixed(4)}`;
}

/** What was saved, with what the trip would cost alone, and buttons to see or cancel it. */
function requestedReply(
  ctx: CommandContext,
  ride: { origin: Place; destination: Place; seats: number; requestId: string; window: DepartureWindow },
) {
  const trip = { from: ride.origin, to: ride.destination };
  const solo = soloFare(trip, ride.window.earliest.getTime(), ctx.carpool);
  return reply(
    "ride-requested",
    {
      from: placeName(ride.origin),
      to: placeName(ride.destination),
      earliest: localTime(ride.window.earliest, ctx.profile.timeZone),
      latest: localTime(ride.window.latest, ctx.profile.timeZone),
      seats: ride.seats,
      solo,
    },
    {
      buttons: [
        [
          { label: { key: "button-my-rides" }, action: actions.rides() },
          {
            label: { key: "button-ride-cancel" },
            action: actions.rideCancel({ requestId: ride.requestId }),
          },
        ],
      ],
    },
  );
}

/**
 * `/ride` (Discord `/ride request`): from, to, when, seats, and how much longer the shared ride
 * may take. Verified people without a ride going only, checked before anything is asked.
 */
export const ride = defineCommand({
  name: "ride",
  descriptionKey: "cmd-ride",
  listed: true,
  discordSubcommand: { parent: "ride", name: "request" },
  askOptional: true,
  precondition: requireVerified,
  async precheck(ctx) {
    await refuseUnlessVideoVerified(ctx.db, ctx.profile.userId, ctx.carpool);
    await refuseSecondLiveRide(ctx.db, ctx.profile.userId, ctx.now);
  },
  fields: [
    originField,
    destinationField,
    departureField,
    seatsField,
    extraField,
    sameGenderField,
    splitField,
    minTemperatureField,
  ],
  schema: z.object({
    origin: placeSchema,
    destination: placeSchema,
    time: z.string(),
    seats: z.coerce.number().int(),
    extra: z.coerce.number().int().optional(),
    same_gender: z.enum(["yes", "no"]).optional(),
    split: z.enum(["distance", "equal"]).optional(),
    min_temperature: z.number().optional(),
  }),
  async run(ctx, args) {
    return askAgainWhen(timeErrors, "time", async () => {
      const window = departureWindow(args.time, { ...ctx, timeZone: ctx.profile.timeZone });
      const requestId = await createRideRequest(
        ctx.db,
        ctx.profile,
        {
          origin: args.origin,
          destination: args.destination,
          ...window,
          seats: args.seats,
          maxExtraMin: args.extra ?? ctx.carpool.defaultMaxExtraMin,
          sameGender: args.same_gender === "yes",
          split: args.split ?? ctx.carpool.defaultSplit,
          minTemperature: args.min_temperature,
        },
        ctx.carpool,
        ctx.now,
      );
      return requestedReply(ctx, { ...args, requestId, window });
    });
  },
});
