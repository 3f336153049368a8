import type { Command } from "../../command.js";
import { checkin, checkinCode, checkinFor, checkinPlace } from "./check-in.js";
import { meetup } from "./create.js";
import { meetupNew, meetups } from "./list.js";
import { meetupCancel, meetupEdit, meetupPin, meetupStop } from "./manage.js";
import { meetupCardCommand, rsvp } from "./view.js";

/** The meetups' commands: `/meetups` listed first, then those only buttons (and Discord's `/meetup …`) run. */
export const meetupCommands: Command[] = [
  meetups,
  meetupNew,
  meetup,
  meetupCardCommand,
  rsvp,
  meetupEdit,
  meetupCancel,
  meetupStop,
  meetupPin,
  checkin,
  checkinCode,
  checkinPlace,
  checkinFor,
];
