import { z } from "zod";
import { actions } from "../../core/actions/table.js";
import { getItemView, listSavedItems, listSellerItems, searchItems } from "../../core/market/queries.js";
import { DEFAULT_RADIUS_M, MAX_PAGE } from "../../core/market/rules.js";
import { categorySchema } from "../../core/market/schema.js";
import { parseSearchPhrase } from "../../core/market/search-phrase.js";
import { saveSearch } from "../../core/market/searches/mutations.js";
import { getSearch } from "../../core/market/searches/queries.js";
import type { SearchCriteria } from "../../core/market/types.js";
import { placeSchema } from "../../core/place.js";
import { askFor, type CommandContext, defineCommand } from "../command.js";
import { type Button, type Reply, text } from "../reply.js";
import { itemCard, itemList } from "./cards.js";
import { searchFilterFields, searchPlaceField } from "./fields.js";

async function resultsPage(
  ctx: CommandContext,
  searchId: string,
  criteria: SearchCriteria,
  page: number,
): Promise<Reply> {
  const result = await searchItems(ctx.db, criteria, page);
  const pageButton = (labelKey: string, to: number): Button => ({
    label: text(labelKey),
    action: actions.marketPage({ searchId, page: to }),
  });
  const navigation = [
    ...(page > 1 ? [pageButton("button-previous", page - 1)] : []),
    ...(result.hasMore && page < MAX_PAGE ? [pageButton("button-next", page + 1)] : []),
  ];
  const alert = criteria.keyword
    ? [[{ label: text("button-alert-me"), action: actions.alertFromSearch({ searchId }) }]]
    : [];
  return itemList("market-results", result.items, ctx.now, [
    ...(navigation.length ? [navigation] : []),
    ...alert,
  ]);
}

const searchSchema = z.object({
  keyword: z.string().optional(),
  category: categorySchema.optional(),
  min_price: z.number().optional(),
  max_price: z.number().optional(),
  radius: z.coerce.number().optional(),
  place: placeSchema.optional(),
});

/** `/market [words]`: listed items around the person's area (or a place they give), newest first. */
export const market = defineCommand({
  name: "market",
  descriptionKey: "cmd-market",
  listed: true,
  discordSubcommand: { parent: "market", name: "search" },
  textArgument: "keyword",
  fields: [...searchFilterFields, searchPlaceField],
  schema: searchSchema,
  async run(ctx, args) {
    const point = args.place ?? ctx.profile.homeArea;
    if (!point) return askFor("place");
    // Filters typed among the words (Telegram) count like the ones picked as options (Discord).
    const typed = parseSearchPhrase(args.keyword ?? "");
    const criteria: SearchCriteria = {
      playground: ctx.profile.playground,
      lat: point.lat,
      lng: point.lng,
      radiusM: args.radius ?? DEFAULT_RADIUS_M,
      keyword: typed.keyword,
      category: args.category ?? typed.category,
      minPrice: args.min_price ?? typed.minPrice,
      maxPrice: args.max_price ?? typed.maxPrice,
    };
    const searchId = await saveSearch(ctx.db, ctx.profile.userId, criteria);
    return resultsPage(ctx, searchId, criteria, 1);
  },
});

export const marketPage = defineCommand({
  name: "market_page",
  descriptionKey: "cmd-market",
  listed: false,
  fields: [],
  schema: z.object({ searchId: z.uuid(), page: z.coerce.number().int().min(1).max(MAX_PAGE) }),
  async run(ctx, { searchId, page }) {
    return resultsPage(ctx, searchId, await getSearch(ctx.db, searchId, ctx.profile.userId), page);
  },
});

/** One item's card, measured from the viewer's home area when they have one. */
export const item = defineCommand({
  name: "item",
  descriptionKey: "cmd-market",
  listed: false,
  fields: [],
  schema: z.object({ itemId: z.uuid() }),
  async run({ db, profile, now }, { itemId }) {
    const view = await getItemView(db, itemId, profile.userId, profile.homeArea);
    return itemCard(view, profile.userId, now);
  },
});

export const myItems = defineCommand({
  name: "mine",
  descriptionKey: "cmd-mine",
  listed: true,
  discordSubcommand: { parent: "market", name: "mine" },
  fields: [],
  schema: z.object({}),
  async run({ db, profile, now }) {
    return itemList("mine-list", await listSellerItems(db, profile.userId), now);
  },
});

export const savedItems = defineCommand({
  name: "saved",
  descriptionKey: "cmd-saved",
  listed: true,
  discordSubcommand: { parent: "market", name: "saved" },
  fields: [],
  schema: z.object({}),
  async run({ db, profile, now }) {
    return itemList("saved-list", await listSavedItems(db, profile.userId), now);
  },
});
