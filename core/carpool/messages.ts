import type { ActionOn } from "../actions/builder.js";
import { actions } from "../actions/table.js";
import { metresBetween } from "../cells.js";
import { reputationLabel } from "../identity/badge.js";
import type { NotificationButton, NotificationParams } from "../notifications/types.js";
import type { RatingSummary } from "../ratings/types.js";
import type { Reputation } from "../trust/types.js";
import { exactPoint, localTime, roughMetres } from "./format.js";
import type { FareSplit } from "./types.js";

// What riders are told at each step, as outbox parameters. Pure, so the wording rules (what is
// shown approximately, what only to confirmed members) are tested without a database.

export interface MemberFacts {
  riderId: string;
  displayName: string;
  /** Rides this person was reported missing from: shown to co-riders, as part of the trust they see. */
  noShows: number;
  /** Level and trust temperature, shown beside the name. */
  reputation: Reputation;
  timeZone: string;
  pickupOrder: number;
  dropOrder: number;
  origin: { lat: number; lng: number };
  destination: { lat: number; lng: number };
  soloFareKrw: number;
  shareKrw: number;
  extraS: number;
}

type Buttons = NotificationButton[][];

function groupButton(
  action: ActionOn<"rideGroupId">,
  labelKey: string,
  rideGroupId: string,
): NotificationButton {
  return { label: { key: labelKey }, action: action({ rideGroupId }) };
}

function ratingText(rating: RatingSummary | undefined): string {
  return rating?.average === undefined ? "☆ -" : `★${rating.average} (${rating.count})`;
}

/** Co-riders by name, rating, badge, level and temperature: everyone in a group is verified, so each carries ✓. */
function coRiderLines(members: MemberFacts[], me: string, ratings: Map<string, RatingSummary>): string {
  return members
    .filter((member) => member.riderId !== me)
    .map((member) => {
      const flag = member.noShows > 0 ? ` 🚫${member.noShows}` : "";
      const rating = ratingText(ratings.get(member.riderId));
      return `· ${member.displayName} ${rating} ✓ · ${reputationLabel(member.reputation)}${flag}`;
    })
    .join("\n");
}

/**
 * A proposal: departure, where the taxi starts only as a distance from the rider's own start
 * (the first pickup is another person's doorstep), share next to the solo fare, and co-riders.
 */
export function proposalMessage(
  groupId: string,
  me: MemberFacts,
  members: MemberFacts[],
  ratings: Map<string, RatingSummary>,
  terms: { departAt: Date; split: FareSplit; ttlMin: number },
): { params: NotificationParams; buttons: Buttons } {
  const first = members.find((member) => member.pickupOrder === 0) ?? me;
  return {
    params: {
      depart: localTime(terms.departAt, me.timeZone),
      order: me.pickupOrder + 1,
      startM: me === first ? 0 : roughMetres(metresBetween(me.origin, first.origin)),
      share: me.shareKrw,
      solo: me.soloFareKrw,
      saving: Math.max(0, me.soloFareKrw - me.shareKrw),
      extraMin: Math.round(me.extraS / 60),
      riders: coRiderLines(members, me.riderId, ratings),
      flagged: members.filter((member) => member.riderId !== me.riderId && member.noShows > 0).length,
      split: terms.split,
      minutes: terms.ttlMin,
    },
    buttons: [
      [
        groupButton(actions.rideAccept, "button-ride-accept", groupId),
        groupButton(actions.rideDecline, "button-ride-decline", groupId),
      ],
    ],
  };
}

/** Every stop in order, exactly: only members of a confirmed group are sent this. */
export function stopList(members: MemberFacts[]): string {
  const pickups = [...members]
    .sort((a, b) => a.pickupOrder - b.pickupOrder)
    .map((member) => `${member.displayName} ↑ ${exactPoint(member.origin.lat, member.origin.lng)}`);
  const dropOffs = [...members]
    .sort((a, b) => a.dropOrder - b.dropOrder)
    .map((member) => `${member.displayName} ↓ ${exactPoint(member.destination.lat, member.destination.lng)}`);
  return [...pickups, ...dropOffs].map((line, i) => `${i + 1}. ${line}`).join("\n");
}

export function confirmedMessage(
  me: MemberFacts,
  members: MemberFacts[],
  departAt: Date,
  conversationId: string,
): { params: NotificationParams; buttons: Buttons } {
  return {
    params: { depart: localTime(departAt, me.timeZone), stops: stopList(members), share: me.shareKrw },
    buttons: [[{ label: { key: "button-reply" }, action: actions.relay({ conversationId }) }]],
  };
}

/** After the ride: confirm it happened (then rate), or report someone who did not come. */
export function followUpButtons(groupId: string): Buttons {
  return [
    [
      groupButton(actions.rideDone, "button-ride-done", groupId),
      groupButton(actions.rideNoShow, "button-ride-noshow", groupId),
    ],
  ];
}
