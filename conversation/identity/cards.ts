import { actions } from "../../core/actions/table.js";
import { languages, type Profile, visibilities } from "../../core/identity/types.js";
import { type Reply, reply, text } from "../reply.js";
import { GENDER_UNSTATED } from "./fields.js";

function areaText(profile: Profile) {
  const area = profile.homeArea;
  if (!area) return text("profile-none");
  return (
    area.label ?? text("profile-area-coordinates", { lat: area.lat.toFixed(3), lng: area.lng.toFixed(3) })
  );
}

const editActions = {
  name: actions.profileName,
  bio: actions.profileBio,
  interests: actions.profileInterests,
  area: actions.profileArea,
  gender: actions.profileGender,
};

const editButtons = Object.entries(editActions).map(([field, action]) => ({
  label: text(`button-edit-${field}`),
  action: action(),
}));

const verifyButton = { label: text("button-verify"), action: actions.verify() };

/** The person's own profile, with buttons to change each part. */
export function profileCard(profile: Profile): Reply {
  return reply(
    "profile-card",
    {
      name: profile.displayName,
      bio: profile.bio || text("profile-none"),
      interests: profile.interests.length
        ? profile.interests.map((tag) => `#${tag}`).join(" ")
        : text("profile-none"),
      area: areaText(profile),
      language: text(`language-${profile.language}`),
      visibility: text(`visibility-${profile.visibility}`),
      platforms: profile.platforms.map((platform) => text("platform-name", { platform })),
      gender: text(`gender-${profile.gender ?? GENDER_UNSTATED}`),
      verified: profile.verified ? text("verified-badge") : text("profile-not-verified"),
    },
    {
      buttons: [editButtons.slice(0, 3), editButtons.slice(3), ...(profile.verified ? [] : [[verifyButton]])],
    },
  );
}

const languageButtons = languages.map((language) => ({
  label: text(`language-${language}`),
  action: actions.settings({ language }),
}));

const visibilityButtons = visibilities.map((visibility) => ({
  label: text(`visibility-${visibility}`),
  action: actions.settings({ visibility }),
}));

/** The button that turns streak reminders the other way. */
function nudgesButton(profile: Profile) {
  const nudges = profile.streakNudges ? "off" : "on";
  return { label: text(`nudges-${nudges}`), action: actions.settings({ nudges }) };
}

/** The button that shows or hides the person on others' leaderboards, the other way from now. */
export function leaderboardButton(onLeaderboards: boolean) {
  const leaderboard = onLeaderboards ? "hidden" : "shown";
  return { label: text(`leaderboard-${leaderboard}`), action: actions.settings({ leaderboard }) };
}

export function settingsCard(profile: Profile, key = "settings-card"): Reply {
  return reply(
    key,
    {
      language: text(`language-${profile.language}`),
      visibility: text(`visibility-${profile.visibility}`),
      timeZone: profile.timeZone,
      nudges: text("nudges-state", { nudges: profile.streakNudges ? "on" : "off" }),
      leaderboard: text("leaderboard-state", { leaderboard: profile.onLeaderboards ? "shown" : "hidden" }),
    },
    {
      buttons: [
        languageButtons,
        visibilityButtons,
        [nudgesButton(profile), leaderboardButton(profile.onLeaderboards)],
      ],
    },
  );
}
