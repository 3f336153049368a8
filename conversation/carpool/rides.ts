import { z } from "zod";
import { actions } from "../../core/actions/table.js";
import { localTime } from "../../core/carpool/format.js";
import { listMyRides, type RideSummary } from "../../core/carpool/queries.js";
import { cancelRideRequest } from "../../core/carpool/requests/mutations.js";
import { type CommandContext, defineCommand } from "../command.js";

import { type Button, reply, type Text, text } from "../reply.js";

function rideLine(ride: RideSummary, n: number, timeZone: string): Text {
  return text("ride-line", {
    n,
    status: text(`ride-status-${ride.status}`),
    from: ride.originLabel ?? "📍",
    to: ride.destLabel ?? "📍",
    depart: localTime(ride.group?.departAt ?? ride.earliest, timeZone),
    share: ride.group
      ? text("ride-line-share", { share: ride.group.shareKrw, riders: ride.group.riders })
      : "",
  });
}

async function rideList(ctx: CommandContext) {
  const rides = await listMyRides(ctx.db, ctx.profile.userId);
  const lines = rides.map((ride, i) => rideLine(ride, i + 1, ctx.profile.timeZone));
  const cancelButtons: Button[] = rides.flatMap((ride, i) =>
    ride.cancellable
      ? [
          {
            label: text("button-ride-cancel-number", { n: i + 1 }),
            action: actions.rideCancel({ requestId: ride.id }),
          },
        ]
      : [],
  );
  const newRide: Button[] = [{ label: text("button-new-ride"), action: actions.ride() }];
  return reply(
    rides.length ? "rides-list" : "rides-empty",
    { lines },
    {
      buttons: [...(cancelButtons.length ? [cancelButtons] : []), newRide],
    },
  );
}

/** `/rides` (Discord `/ride list`): my requests with their state, live ones with a cancel button. */
export const rides = defineCommand({
  name: "rides",
  descriptionKey: "cmd-rides",
  listed: true,
  discordSubcommand: { parent: "ride", name: "list" },
  fields: [],
  schema: z.object({}),
  run: rideList,
});

export const rideCancel = defineCommand({
  name: "ride_cancel",
  descriptionKey: "cmd-rides",
  listed: false,
  fields: [],
  schema: z.object({ requestId: z.uuid() }),
  async run(ctx, { requestId }) {
    const { late } = await cancelRideRequest(
      ctx.db,
      { requestId, userId: ctx.profile.userId },
      ctx.carpool,
      ctx.now,
    );
    return [reply(late ? "ride-cancelled-late" : "ride-cancelled"), await rideList(ctx)];
  },
});
