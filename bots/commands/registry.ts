import type { Command } from "./command.js";
import { cancel } from "./identity/cancel.js";
import { help } from "./identity/help.js";
import { link } from "./identity/link.js";
import { profile, profileEdit, profileFieldCommands } from "./identity/profile.js";
import { settings } from "./identity/settings.js";
import { start } from "./identity/start.js";

/** Every command, in menu order. Each domain adds its commands here. */
export const allCommands: Command[] = [
  start,
  help,
  profile,
  profileEdit,
  ...profileFieldCommands,
  settings,
  link,
  cancel,
];
