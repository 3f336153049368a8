import { rsvpAnswers } from "../groups/meetups/types.js";
import { groupCategories } from "../groups/types.js";
import { languages, leaderboardChoices, nudgeChoices, visibilities } from "../identity/types.js";
import { neighbourhoodBoards } from "../points/types.js";
import { count, flag, id, oneOf, optional, point, words } from "./arguments.js";
import { buttonAction } from "./builder.js";

// Every command a button may run, with the arguments its buttons carry by name: core's
// notifications and the commands' replies build their buttons here (`actions.itemRenew({ itemId })`),
// and a pressed button decodes back to these names (codec.ts). The short keys are the ones
// buttons already sent in chats carry, so those keep working.

const onItem = { itemId: id("i") };
const onConversation = { conversationId: id("v") };
const onRideGroup = { rideGroupId: id("g") };
const onGroup = { groupId: id("g") };
const onGroupPage = { groupId: id("g"), page: optional(count("n")) };
const onMember = { groupId: id("g"), memberId: optional(id("u")), page: optional(count("n")) };
const onPost = { postId: id("p") };
const onMeetup = { meetupId: id("m") };
const onVideoCheck = { checkId: id("c") };

export const actions = {
  help: buttonAction("help"),

  // The profile and settings cards, and the ways to verify oneself.
  profileName: buttonAction("profile_name"),
  profileBio: buttonAction("profile_bio"),
  profileInterests: buttonAction("profile_interests"),
  profileArea: buttonAction("profile_area"),
  profileGender: buttonAction("profile_gender"),
  settings: buttonAction("settings", {
    language: optional(oneOf("language", languages)),
    visibility: optional(oneOf("visibility", visibilities)),
    nudges: optional(oneOf("nudges", nudgeChoices)),
    leaderboard: optional(oneOf("leaderboard", leaderboardChoices)),
  }),
  verify: buttonAction("verify"),
  verifyEmail: buttonAction("verify_email"),
  verifyPhone: buttonAction("verify_phone"),

  // An item's card for whoever looks at it, and its seller's tools.
  item: buttonAction("item", onItem),
  itemPublish: buttonAction("item_publish", onItem),
  itemWithdraw: buttonAction("item_withdraw", onItem),
  itemRenew: buttonAction("item_renew", onItem),
  itemBump: buttonAction("item_bump", onItem),
  itemBumpPaid: buttonAction("item_bump_paid", onItem),
  itemPrice: buttonAction("item_price", onItem),
  itemEdit: buttonAction("item_edit", onItem),
  itemReserveFor: buttonAction("item_reserve_for", onItem),
  itemUnreserve: buttonAction("item_unreserve", onItem),
  itemSoldTo: buttonAction("item_sold_to", onItem),
  soldElsewhere: buttonAction("sold_elsewhere", onItem),
  reserveFor: buttonAction("reserve_for", onConversation),
  soldTo: buttonAction("sold_to", onConversation),
  itemSave: buttonAction("item_save", onItem),
  itemUnsave: buttonAction("item_unsave", onItem),
  itemReport: buttonAction("item_report", onItem),
  contact: buttonAction("contact", onItem),
  rate: buttonAction("rate", onItem),

  // Chats relayed between people, searches, alerts, boards and tips.
  relay: buttonAction("relay", onConversation),
  relayShare: buttonAction("relay_share", onConversation),
  marketPage: buttonAction("market_page", { searchId: id("s"), page: count("p") }),
  alertFromSearch: buttonAction("alert_from_search", { searchId: id("s") }),
  alertAdd: buttonAction("alert_add"),
  alertDelete: buttonAction("alert_delete", { alertId: id("a") }),
  board: buttonAction("board", { radius: count("radius") }),
  tip: buttonAction("tip"),
  tipHelpful: buttonAction("tip_helpful", { tipId: id("t") }),

  // Rides: a request, the proposal's answers, after the ride, ride alerts.
  ride: buttonAction("ride"),
  rides: buttonAction("rides"),
  rideCancel: buttonAction("ride_cancel", { requestId: id("r") }),
  rideAccept: buttonAction("ride_accept", onRideGroup),
  rideDecline: buttonAction("ride_decline", onRideGroup),
  rideDone: buttonAction("ride_done", onRideGroup),
  rideRate: buttonAction("ride_rate", { ...onRideGroup, coRiderId: id("u") }),
  rideNoShow: buttonAction("ride_noshow", { ...onRideGroup, coRiderId: optional(id("u")) }),
  rideAlertAdd: buttonAction("ride_alert_add"),
  rideAlertDelete: buttonAction("ride_alert_delete", { alertId: id("a") }),

  // Hobby groups: finding one, its card, joining, its members and its board.
  groups: buttonAction("groups", {
    page: optional(count("n")),
    query: optional(words("q")),
    category: optional(oneOf("category", groupCategories)),
    radius: optional(count("radius")),
    place: optional(point("place")),
  }),
  group: buttonAction("group"),
  groupView: buttonAction("group_view", onGroup),
  groupJoin: buttonAction("group_join", onGroup),
  groupApply: buttonAction("group_apply", onGroup),
  groupRequests: buttonAction("group_requests", onGroup),
  joinApprove: buttonAction("join_approve", { ...onGroup, requesterId: id("u") }),
  joinReject: buttonAction("join_reject", { ...onGroup, requesterId: id("u") }),
  groupLeave: buttonAction("group_leave", onGroup),
  groupMembers: buttonAction("group_members", onGroupPage),
  groupKick: buttonAction("group_kick", onMember),
  groupMod: buttonAction("group_mod", onMember),
  groupUnmod: buttonAction("group_unmod", onMember),
  groupOwner: buttonAction("group_owner", onMember),
  groupEdit: buttonAction("group_edit", onGroup),
  groupDelete: buttonAction("group_delete", onGroup),
  groupNotice: buttonAction("group_notice", onGroup),
  groupBoard: buttonAction("group_board", onGroupPage),
  groupWrite: buttonAction("group_write", { ...onGroup, announcement: optional(flag("a")) }),
  groupPost: buttonAction("group_post", onPost),
  groupComment: buttonAction("group_comment", onPost),
  groupPostDelete: buttonAction("group_post_del", onPost),
  groupLink: buttonAction("group_link", { groupId: optional(id("g")) }),

  // Meetups: planning one, its card and answers, running it, the calendar feed.
  meetups: buttonAction("meetups", { groupId: optional(id("g")) }),
  meetupNew: buttonAction("meetup_new"),
  meetup: buttonAction("meetup", onGroup),
  meetupCard: buttonAction("meetup_card", onMeetup),
  rsvp: buttonAction("rsvp", { ...onMeetup, answer: oneOf("s", rsvpAnswers) }),
  meetupEdit: buttonAction("meetup_edit", onMeetup),
  meetupCancel: buttonAction("meetup_cancel", onMeetup),
  meetupStop: buttonAction("meetup_stop", onMeetup),
  meetupPin: buttonAction("meetup_pin", onMeetup),

  // Recommendations: "not interested" under a line of /foryou.
  foryouHideGroup: buttonAction("foryou_hide_group", onGroup),
  foryouHideMeetup: buttonAction("foryou_hide_meetup", onMeetup),
  foryouBasis: buttonAction("foryou_basis"),
  foryouOff: buttonAction("foryou_off"),
  foryouOn: buttonAction("foryou_on"),
  checkin: buttonAction("checkin", onMeetup),
  checkinCode: buttonAction("checkin_code", onMeetup),
  checkinPlace: buttonAction("checkin_place", onMeetup),
  checkinFor: buttonAction("checkin_for", { ...onMeetup, attendeeId: id("u") }),
  calendarReset: buttonAction("calendar_reset", { sure: optional(flag("sure")) }),

  // Workouts: starting a room now, planning one, a group's goal, and the way into the room.
  workout: buttonAction("workout"),
  workoutNow: buttonAction("workout_now", onGroup),
  workoutPlan: buttonAction("workout_plan", onGroup),
  workoutGoal: buttonAction("workout_goal", onGroup),
  workoutJoin: buttonAction("workout_join", onMeetup),
  workoutEnd: buttonAction("workout_end", onMeetup),
  streak: buttonAction("streak"),

  // Points: my points, and the leaderboards (the neighbourhood's, this week's, a group's).
  points: buttonAction("points"),
  leaderboard: buttonAction("leaderboard", {
    board: optional(oneOf("b", neighbourhoodBoards)),
    groupId: optional(id("g")),
  }),

  // 1:1 video checks: asking for one, an operator taking it, the way in, the person's cancelling it,
  // the operator's decision.
  videoCheck: buttonAction("videocheck"),
  videoCheckTake: buttonAction("videocheck_take", onVideoCheck),
  videoCheckJoin: buttonAction("videocheck_join", onVideoCheck),
  videoCheckCancel: buttonAction("videocheck_cancel", onVideoCheck),
  videoCheckConfirm: buttonAction("videocheck_confirm", onVideoCheck),
  videoCheckDecline: buttonAction("videocheck_decline", onVideoCheck),
};
