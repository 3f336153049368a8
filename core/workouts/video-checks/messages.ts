import { actions } from "../../actions/table.js";
import type { NotificationButton } from "../../notifications/types.js";

// The buttons of video check notices. None carries a link: a pass is made for whoever presses
// "join" or "take", in their private chat, so no notification row or job ever holds one.

const button = (key: string, action: string): NotificationButton => ({ label: { key }, action });

export const takeButton = (checkId: string) =>
  button("button-video-check-take", actions.videoCheckTake({ checkId }));
export const videoCheckJoinButton = (checkId: string) =>
  button("button-video-check-join", actions.videoCheckJoin({ checkId }));
/** The person's way out of an open request, under the replies that tell them it is open. */
export const videoCheckCancelButton = (checkId: string) =>
  button("button-video-check-cancel", actions.videoCheckCancel({ checkId }));

/** Asks for a video check anew, under the notice that the last one was given up. */
export const videoCheckAgainButton = () => button("button-video-check-again", actions.videoCheck());

/** What the operator decides with, under their own link. */
export function decisionButtons(checkId: string): NotificationButton[] {
  return [
    button("button-video-check-confirm", actions.videoCheckConfirm({ checkId })),
    button("button-video-check-decline", actions.videoCheckDecline({ checkId })),
  ];
}
