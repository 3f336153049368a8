import { z } from "zod";
import { actions } from "../../core/actions/table.js";
import { addRideAlert, deleteRideAlert } from "../../core/carpool/alerts/mutations.js";
import { listRideAlerts } from "../../core/carpool/queries.js";
import { alertMinuteOfDay } from "../../core/carpool/ride-alerts.js";
import { placeSchema } from "../../core/place.js";
import { type CommandContext, defineCommand } from "../command.js";

import { reply, text } from "../reply.js";
import { alertTimeField, destinationField, originField } from "./fields.js";

const clock = (minuteOfDay: number) =>
  `${String(Math.floor(minuteOfDay / 60)).padStart(2, "0")}:${String(minuteOfDay % 60).padStart(2, "0")}`;

async function rideAlertList(ctx: CommandContext) {
  const alerts = await listRideAlerts(ctx.db, ctx.profile.userId);
  const lines = alerts.map((alert, i) =>
    text("ride-alert-line", {
      n: i + 1,
      from: alert.originLabel ?? "📍",
      to: alert.destLabel ?? "📍",
      time: clock(alert.minuteOfDay),
    }),
  );
  const remove = alerts.map((alert, i) => ({
    label: text("button-delete-number", { n: i + 1 }),
    action: actions.rideAlertDelete({ alertId: alert.id }),
  }));
  const add = [{ label: text("button-add-ride-alert"), action: actions.rideAlertAdd() }];
  return reply(
    alerts.length ? "ride-alerts-list" : "ride-alerts-empty",
    { lines },
    {
      buttons: [...(remove.length ? [remove] : []), add],
    },
  );
}

/** `/ridealerts` (Discord `/ride alerts`): "tell me when a ride from A to B around this time appears". */
export const rideAlerts = defineCommand({
  name: "ridealerts",
  descriptionKey: "cmd-ridealerts",
  listed: true,
  discordSubcommand: { parent: "ride", name: "alerts" },
  fields: [],
  schema: z.object({}),
  run: rideAlertList,
});

export const rideAlertAdd = defineCommand({
  name: "ride_alert_add",
  descriptionKey: "cmd-ridealerts",
  listed: false,
  fields: [originField, destinationField, alertTimeField],
  schema: z.object({ origin: placeSchema, destination: placeSchema, time: z.string() }),
  async run(ctx, { origin, destination, time }) {
    await addRideAlert(ctx.db, ctx.profile.userId, {
      origin,
      destination,
      minuteOfDay: alertMinuteOfDay(time, ctx.now, ctx.profile.timeZone),
    });
    return [reply("ride-alert-added"), await rideAlertList(ctx)];
  },
});

export const rideAlertDelete = defineCommand({
  name: "ride_alert_delete",
  descriptionKey: "cmd-ridealerts",
  listed: false,
  fields: [],
  schema: z.object({ alertId: z.uuid() }),
  async run(ctx, { alertId }) {
    await deleteRideAlert(ctx.db, ctx.profile.userId, alertId);
    return [reply("ride-alert-deleted"), await rideAlertList(ctx)];
  },
});
