import { z } from "zod";
import { actions } from "../../core/actions/table.js";
import { distanceText } from "../../core/market/card.js";
import { dismissRecommendation, switchRecommendations } from "../../core/recommendations/mutations.js";
import { recommendationBasis, recommendationsFor } from "../../core/recommendations/queries.js";
import type { ForYou, Reason, Recommendation, RecommendationKind } from "../../core/recommendations/types.js";
import { localSpan } from "../../core/time/format.js";
import { type CommandContext, defineCommand } from "../command.js";
import { type Button, type Reply, reply, type Text, text } from "../reply.js";

// `/foryou`: a short mixed list of groups to join and meetups ahead near home, each with its line
// of why and a button to open it, and "not interested", which the next list remembers.

function reasonText(reason: Reason): Text {
  switch (reason.kind) {
    case "distance":
      return distanceText(reason.metres);
    case "interests":
      return text("foryou-reason-interests", { words: reason.words.join(", ") });
    case "activity":
      return text(`foryou-reason-activity-${reason.recommended}`, { people: reason.people });
    case "co-members":
      return text("foryou-reason-co-members", { people: reason.people });
    case "new":
      return text("foryou-reason-new");
    case "pinned":
      return text("foryou-reason-pinned");
  }
}

/** "1.2km · 관심사 운동 · 이번 주 3명 가입": the reasons one after another, the distance always first. */
function whyText(reasons: Reason[]): Text {
  return reasons.map(reasonText).reduce((before, next) => text("foryou-why-more", { before, next }));
}

function lineOf(recommendation: Recommendation, n: number, timeZone: string): Text {
  const { candidate } = recommendation;
  const why = whyText(recommendation.reasons);
  if (candidate.kind === "group") return text("foryou-line-group", { n, title: candidate.title, why });
  const when = candidate.span
    ? text("meetup-when", { ...localSpan(candidate.span.startAt, candidate.span.endAt, timeZone) })
    : "";
  return text("foryou-line-meetup", { n, title: candidate.title, group: candidate.groupName, when, why });
}

function buttonsOf(recommendation: Recommendation, n: number): Button[] {
  const { kind, id } = recommendation.candidate;
  const open = kind === "group" ? actions.groupView({ groupId: id }) : actions.meetupCard({ meetupId: id });
  const hide =
    kind === "group" ? actions.foryouHideGroup({ groupId: id }) : actions.foryouHideMeetup({ meetupId: id });
  return [
    { label: text("button-foryou-open", { n }), action: open },
    { label: text("button-foryou-hide", { n }), action: hide },
  ];
}

const basisButton = { label: text("button-foryou-basis"), action: actions.foryouBasis() };
const onButton = { label: text("button-foryou-on"), action: actions.foryouOn() };
const offButton = { label: text("button-foryou-off"), action: actions.foryouOff() };

function foryouList(list: Recommendation[], timeZone: string): Reply {
  if (list.length === 0) return reply("foryou-empty", {}, { buttons: [[basisButton]] });
  const lines = list.map((recommendation, index) => lineOf(recommendation, index + 1, timeZone));
  const rows = list.map((one, index) => buttonsOf(one, index + 1));
  return reply("foryou-list", { lines }, { buttons: [...rows, [basisButton]] });
}

function foryouReply(forYou: ForYou, timeZone: string): Reply {
  if (forYou.state === "off") return reply("foryou-off", {}, { buttons: [[onButton]] });
  if (forYou.state === "no-home") return reply("foryou-no-home");
  return foryouList(forYou.list, timeZone);
}

/** The person's /foryou as it is now. */
async function currentList(ctx: CommandContext): Promise<Reply> {
  return foryouReply(await recommendationsFor(ctx.db, ctx.profile.userId, ctx.now), ctx.profile.timeZone);
}

export const foryou = defineCommand({
  name: "foryou",
  descriptionKey: "cmd-foryou",
  listed: true,
  fields: [],
  schema: z.object({}),
  run: currentList,
});

/** What my recommendations are based on, and the switch to turn them off or on. */
export const foryouBasis = defineCommand({
  name: "foryou_basis",
  descriptionKey: "cmd-foryou",
  listed: false,
  fields: [],
  schema: z.object({}),
  async run(ctx) {
    const basis = await recommendationBasis(ctx.db, ctx.profile.userId);
    const home =
      basis.homeArea === undefined
        ? text("foryou-basis-no-home")
        : basis.homeArea || text("foryou-basis-home");
    const interests = basis.interests.length ? basis.interests.join(", ") : text("foryou-basis-no-interests");
    const params = {
      home,
      km: basis.radiusM / 1000,
      interests,
      dismissed: basis.dismissed,
      on: basis.on ? "yes" : "no",
    };
    return reply("foryou-basis", params, { buttons: [[basis.on ? offButton : onButton]] });
  },
});

function switchCommand(name: string, on: boolean) {
  return defineCommand({
    name,
    descriptionKey: "cmd-foryou",
    listed: false,
    fields: [],
    schema: z.object({}),
    async run(ctx) {
      await switchRecommendations(ctx.db, ctx.profile.userId, on);
      if (!on) return reply("foryou-turned-off", {}, { buttons: [[onButton]] });
      return [reply("foryou-turned-on"), await currentList(ctx)];
    },
  });
}

/** "Not interested" under a line: hidden for good, then the list again without it. */
async function hideAndList(ctx: CommandContext, kind: RecommendationKind, subjectId: string) {
  await dismissRecommendation(ctx.db, ctx.profile.userId, kind, subjectId);
  return [reply("foryou-hidden"), await currentList(ctx)];
}

export const foryouHideGroup = defineCommand({
  name: "foryou_hide_group",
  descriptionKey: "cmd-foryou",
  listed: false,
  fields: [],
  schema: z.object({ groupId: z.uuid() }),
  run: (ctx, { groupId }) => hideAndList(ctx, "group", groupId),
});

export const foryouHideMeetup = defineCommand({
  name: "foryou_hide_meetup",
  descriptionKey: "cmd-foryou",
  listed: false,
  fields: [],
  schema: z.object({ meetupId: z.uuid() }),
  run: (ctx, { meetupId }) => hideAndList(ctx, "meetup", meetupId),
});

export const foryouCommands = [
  foryou,
  foryouHideGroup,
  foryouHideMeetup,
  foryouBasis,
  switchCommand("foryou_off", false),
  switchCommand("foryou_on", true),
];
