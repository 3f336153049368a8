import type { Command } from "../command.js";
import { groupBoard, groupComment, groupPost, groupPostDelete, groupWrite } from "./board.js";
import { groups, groupView, myGroups } from "./browse.js";
import { group } from "./create.js";
import { groupApply, groupJoin, groupLeave, groupRequests, joinApprove, joinReject } from "./join.js";
import { groupMembers, memberTools } from "./members.js";
import { groupDelete, groupEdit, groupNotice } from "./settings.js";

/** The groups' commands, in menu order: the listed three first, then those only buttons run. */
export const groupCommands: Command[] = [
  groups,
  group,
  myGroups,
  groupView,
  groupJoin,
  groupApply,
  groupRequests,
  joinApprove,
  joinReject,
  groupLeave,
  groupMembers,
  ...memberTools,
  groupEdit,
  groupDelete,
  groupNotice,
  groupBoard,
  groupWrite,
  groupPost,
  groupComment,
  groupPostDelete,
];
