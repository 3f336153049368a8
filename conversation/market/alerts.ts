import { z } from "zod";
import { actions } from "../../core/actions/table.js";
import { priceText } from "../../core/market/card.js";
import { DEFAULT_RADIUS_M } from "../../core/market/rules.js";
import { createAlert, deleteAlert } from "../../core/market/searches/mutations.js";
import { getSearch, listAlerts } from "../../core/market/searches/queries.js";
import { placeSchema } from "../../core/place.js";
import { askFor, type CommandContext, defineCommand } from "../command.js";
import { reply, text } from "../reply.js";
import { keywordField, priceField, radiusField, searchPlaceField } from "./fields.js";

async function alertList(ctx: CommandContext) {
  const alerts = await listAlerts(ctx.db, ctx.profile.userId);
  const lines = alerts.map((alert, index) =>
    text("alert-line", {
      n: index + 1,
      keyword: alert.keyword,
      km: alert.radiusM / 1000,
      price: alert.maxPrice === undefined ? text("alert-any-price") : priceText(alert.maxPrice),
    }),
  );
  const remove = alerts.map((alert, index) => ({
    label: text("button-delete-number", { n: index + 1 }),
    action: actions.alertDelete({ alertId: alert.id }),
  }));
  const add = [{ label: text("button-add-alert"), action: actions.alertAdd() }];
  return reply(
    alerts.length ? "alerts-list" : "alerts-empty",
    { lines },
    { buttons: [...(remove.length ? [remove] : []), add] },
  );
}

/** `/alerts`: the person's keyword alerts, each with a delete button, and one to add another. */
export const alerts = defineCommand({
  name: "alerts",
  descriptionKey: "cmd-alerts",
  listed: true,
  discordSubcommand: { parent: "market", name: "alerts" },
  fields: [],
  schema: z.object({}),
  run: alertList,
});

export const alertAdd = defineCommand({
  name: "alert_add",
  descriptionKey: "cmd-alerts",
  listed: false,
  fields: [
    keywordField,
    radiusField,
    { ...priceField, name: "max_price", labelKey: "field-max-price", optional: true },
    searchPlaceField,
  ],
  askOptional: false,
  schema: z.object({
    keyword: z.string(),
    radius: z.coerce.number(),
    max_price: z.number().optional(),
    place: placeSchema.optional(),
  }),
  async run(ctx, args) {
    const point = args.place ?? ctx.profile.homeArea;
    if (!point) return askFor("place");
    await createAlert(ctx.db, ctx.profile.userId, {
      keyword: args.keyword,
      lat: point.lat,
      lng: point.lng,
      radiusM: args.radius,
      maxPrice: args.max_price,
    });
    return [reply("alert-added", { keyword: args.keyword }), await alertList(ctx)];
  },
});

/** "Tell me about new ones" under search results: the same keyword, place and radius. */
export const alertFromSearch = defineCommand({
  name: "alert_from_search",
  descriptionKey: "cmd-alerts",
  listed: false,
  fields: [],
  schema: z.object({ searchId: z.uuid() }),
  async run(ctx, { searchId }) {
    const search = await getSearch(ctx.db, searchId, ctx.profile.userId);
    const keyword = search.keyword ?? "";
    await createAlert(ctx.db, ctx.profile.userId, {
      keyword,
      lat: search.lat,
      lng: search.lng,
      radiusM: search.radiusM || DEFAULT_RADIUS_M,
      maxPrice: search.maxPrice,
    });
    return reply("alert-added", { keyword });
  },
});

export const alertDelete = defineCommand({
  name: "alert_delete",
  descriptionKey: "cmd-alerts",
  listed: false,
  fields: [],
  schema: z.object({ alertId: z.uuid() }),
  async run(ctx, { alertId }) {
    await deleteAlert(ctx.db, ctx.profile.userId, alertId);
    return [reply("alert-deleted"), await alertList(ctx)];
  },
});
