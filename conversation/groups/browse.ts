import { z } from "zod";
import { actions } from "../../core/actions/table.js";
import { listPinnedMeetupsNear } from "../../core/groups/meetups/queries.js";
import { getGroupView, listMyGroups, searchGroups } from "../../core/groups/queries.js";
import { DEFAULT_GROUP_RADIUS_M, readGroupQuery } from "../../core/groups/rules.js";
import { groupCategorySchema } from "../../core/groups/schema.js";
import type { GroupSearch } from "../../core/groups/types.js";
import { approximate, HOME_AREA_PRECISION_METRES, type Place, placeSchema } from "../../core/place.js";
import { askFor, type CommandContext, defineCommand } from "../command.js";
import { radiusField } from "../market/fields.js";
import type { Reply } from "../reply.js";
import { text } from "../reply.js";
import { groupCard, groupList } from "./cards.js";
import { groupCategoryField, groupQueryField, groupSearchPlaceField } from "./fields.js";
import { onGroup } from "./group-button.js";
import { meetupList } from "./meetups/cards.js";
import { pageArgument, pageButtons } from "./paging.js";

/** The card of a group as the person sees it now, measured from their home area. */
export async function showGroup(ctx: CommandContext, groupId: string): Promise<Reply> {
  return groupCard(await getGroupView(ctx.db, groupId, ctx.profile.userId, ctx.profile.homeArea));
}

const createButton = { label: text("button-group-create"), action: actions.group() };

const browseSchema = z.object({
  query: z.string().optional(),
  category: groupCategorySchema.optional(),
  radius: z.coerce.number().optional(),
  place: placeSchema.optional(),
  page: pageArgument,
});

type BrowseArgs = z.infer<typeof browseSchema>;

/**
 * The button for another page of the same search. Words too long to fit a button's 64 bytes
 * leave the page without one; the person can narrow the search instead.
 */
function pageAction(args: BrowseArgs, search: { query: string; place: Place | undefined }, page: number) {
  try {
    return actions.groups({
      page,
      query: search.query || undefined,
      category: args.category,
      radius: args.radius || undefined,
      place: search.place,
    });
  } catch {
    return undefined;
  }
}

/** Meetups whose hosts paid to be seen first around here, heading the first page of an open search. */
function pinnedNearby(ctx: CommandContext, search: GroupSearch) {
  const near = { ...search, viewerId: ctx.profile.userId };
  return listPinnedMeetupsNear(ctx.db, near, ctx.now);
}

/**
 * `/groups [words]` (Discord `/group list`): groups around the person's home area, newest first;
 * words search names, descriptions and tags, and `#words` must be tags (`/groups #운동`).
 */
export const groups = defineCommand({
  name: "groups",
  descriptionKey: "cmd-groups",
  listed: true,
  discordSubcommand: { parent: "group", name: "list" },
  textArgument: "query",
  fields: [
    groupQueryField,
    { ...groupCategoryField, optional: true },
    { ...radiusField, optional: true },
    groupSearchPlaceField,
  ],
  schema: browseSchema,
  async run(ctx, args) {
    // A place given here is rounded as a home area is: the page buttons carry it in the chat.
    const place = args.place && approximate(args.place, HOME_AREA_PRECISION_METRES);
    const point = place ?? ctx.profile.homeArea;
    if (!point) return askFor("place");
    const query = args.query ?? "";
    const { keyword, tags } = readGroupQuery(query);
    const search: GroupSearch = {
      playground: ctx.profile.playground,
      lat: point.lat,
      lng: point.lng,
      radiusM: args.radius ?? DEFAULT_GROUP_RADIUS_M,
      keyword,
      tags,
      category: args.category,
    };
    const found = await searchGroups(ctx.db, search, args.page);
    const pages = pageButtons(found.page, found.hasMore, (page) => pageAction(args, { query, place }, page));
    const list = groupList("groups-found", found.groups, [...pages, [createButton]]);
    const pinned = found.page === 1 && !query ? await pinnedNearby(ctx, search) : [];
    return pinned.length ? [meetupList({ key: "meetups-pinned" }, pinned, ctx.profile.timeZone), list] : list;
  },
});

/** `/mygroups` (Discord `/group mine`): the groups I am in, with my role in each. */
export const myGroups = defineCommand({
  name: "mygroups",
  descriptionKey: "cmd-mygroups",
  listed: true,
  discordSubcommand: { parent: "group", name: "mine" },
  fields: [],
  schema: z.object({}),
  async run(ctx) {
    const mine = await listMyGroups(ctx.db, ctx.profile.userId);
    const find = { label: text("button-group-find"), action: actions.groups() };
    return groupList("mygroups-list", mine, [[find, createButton]]);
  },
});

export const groupView = onGroup("group_view", showGroup);
