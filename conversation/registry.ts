import { rideDone, rideNoShow, rideRate } from "./carpool/after-ride.js";
import { rideAlertAdd, rideAlertDelete, rideAlerts } from "./carpool/alerts.js";
import { rideAccept, rideDecline } from "./carpool/proposal.js";
import { ride } from "./carpool/request.js";
import { rideCancel, rides } from "./carpool/rides.js";
import { groupLink, groupUnlink } from "./chats/link.js";
import type { Command } from "./command.js";
import { calendar, calendarReset } from "./groups/calendar.js";
import { groupCommands } from "./groups/commands.js";
import { meetupCommands } from "./groups/meetups/commands.js";
import { cancel } from "./identity/cancel.js";
import { help } from "./identity/help.js";
import { link } from "./identity/link.js";
import { profile, profileEdit, profileFieldCommands } from "./identity/profile.js";
import { settings } from "./identity/settings.js";
import { start } from "./identity/start.js";
import { verify, verifyEmail, verifyPhone } from "./identity/verify.js";
import { alertAdd, alertDelete, alertFromSearch, alerts } from "./market/alerts.js";
import { board, boardOff } from "./market/board.js";
import { item, market, marketPage, myItems, savedItems } from "./market/browse.js";
import { contact, relay, relayShare } from "./market/contact.js";
import { manageCommands } from "./market/manage.js";
import { rate } from "./market/rate.js";
import { itemPublish, sell } from "./market/sell.js";
import { tip, tipHelpful, tips } from "./market/tips.js";
import { pointsCommands } from "./points/commands.js";
import { foryouCommands } from "./recommendations/foryou.js";
import { trust } from "./trust/trust.js";
import { workoutCommands } from "./workouts/commands.js";

/** Every command, in menu order. Each domain adds its commands here. */
export const allCommands: Command[] = [
  start,
  help,
  ...foryouCommands,
  profile,
  profileEdit,
  ...profileFieldCommands,
  settings,
  link,
  verify,
  trust,
  sell,
  market,
  myItems,
  savedItems,
  alerts,
  board,
  tips,
  tip,
  ride,
  rides,
  rideAlerts,
  ...groupCommands,
  ...meetupCommands,
  ...workoutCommands,
  ...pointsCommands,
  calendar,
  groupLink,
  cancel,
  verifyEmail,
  verifyPhone,
  itemPublish,
  marketPage,
  item,
  ...manageCommands,
  contact,
  relay,
  relayShare,
  rate,
  alertAdd,
  alertFromSearch,
  alertDelete,
  tipHelpful,
  boardOff,
  rideCancel,
  rideAccept,
  rideDecline,
  rideDone,
  rideRate,
  rideNoShow,
  rideAlertAdd,
  rideAlertDelete,
  calendarReset,
  groupUnlink,
];
