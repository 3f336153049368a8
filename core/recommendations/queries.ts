import { cellsAround, metresBetween } from "../cells.js";
import type { Database } from "../db/client.js";
import { Prisma } from "../db/generated/client.js";
import type { GroupCategory } from "../db/generated/enums.js";
import { roundDistance } from "../market/rules.js";
import { rankCandidates } from "./ranking.js";
import { defaultRecommendationSettings, type RecommendationSettings } from "./settings.js";
import type { Candidate, ForYou, RecommendationBasis, Viewer } from "./types.js";
import { wordsOf } from "./words.js";

// The candidates of /foryou near the person's home, with the facts the ranker scores. What must
// never be recommended is left out here, by the query: their own groups and meetups, meetups
// they answered already, full or past ones, the other world (playground or not), and what they
// said "not interested" to.

const DAY_MS = 24 * 60 * 60_000;
/** Candidates read per kind before ranking: the nearest cells' newest, far more than a list shows. */
const CANDIDATES_READ = 200;

/** The person as the ranker sees them; undefined without a home area (nothing is "near" yet). */
async function recommendationViewer(db: Database, userId: string): Promise<Viewer | undefined> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { playground: true, homeLat: true, homeLng: true, interests: true },
  });
  if (!user || user.homeLat === null || user.homeLng === null) return undefined;
  const dismissed = await db.$queryRaw<{ category: GroupCategory; count: number }[]>`
    SELECT g.category::text AS category, count(*)::int AS count FROM "RecommendationDismissal" d
    LEFT JOIN "Meetup" m ON d.kind = 'meetup' AND m.id = d."subjectId"
    JOIN "Group" g ON g.id = CASE d.kind WHEN 'group' THEN d."subjectId" ELSE m."groupId" END
    WHERE d."userId" = ${userId}::uuid GROUP BY g.category`;
  return {
    userId,
    playground: user.playground,
    home: { lat: user.homeLat, lng: user.homeLng },
    interests: wordsOf(...user.interests),
    dismissedCategories: Object.fromEntries(dismissed.map(({ category, count }) => [category, count])),
  };
}

/** People of the viewer's own groups (themself left out), as SQL. */
const peopleOfMyGroups = (viewerId: string) => Prisma.sql`SELECT o."userId" FROM "GroupMember" o
  WHERE o."groupId" IN (SELECT "groupId" FROM "GroupMember" WHERE "userId" = ${viewerId}::uuid)
    AND o."userId" <> ${viewerId}::uuid`;

const notDismissed = (viewerId: string, kind: "group" | "meetup", column: Prisma.Sql) =>
  Prisma.sql`NOT EXISTS (SELECT 1 FROM "RecommendationDismissal" d WHERE d."userId" = ${viewerId}::uuid
    AND d.kind = ${kind}::"RecommendationKind" AND d."subjectId" = ${column})`;

interface GroupRow {
  id: string;
  name: string;
  category: GroupCategory;
  tags: string[];
  areaLat: number;
  areaLng: number;
  createdAt: Date;
  joinedLately: number;
  coMembers: number;
}

/** Open groups near home the viewer is not in and that have room, with who joined lately. */
async function groupCandidates(db: Database, viewer: Viewer, now: Date, settings: RecommendationSettings) {
  const cells = cellsAround(viewer.home.lat, viewer.home.lng, settings.radiusM);
  const lately = new Date(now.getTime() - settings.recentDays * DAY_MS);
  const rows = await db.$queryRaw<GroupRow[]>`
    SELECT g.id, g.name, g.category::text AS category, g.tags, g."areaLat", g."areaLng", g."createdAt",
      (SELECT count(*)::int FROM "GroupMember" m WHERE m."groupId" = g.id AND m."joinedAt" >= ${lately}
        AND m.role <> 'owner') AS "joinedLately",
      (SELECT count(*)::int FROM "GroupMember" m WHERE m."groupId" = g.id
        AND m."userId" IN (${peopleOfMyGroups(viewer.userId)})) AS "coMembers"
    FROM "Group" g
    WHERE g.playground = ${viewer.playground} AND g.cell IN (${Prisma.join(cells)})
      AND (g."memberLimit" IS NULL OR g."memberCount" < g."memberLimit")
      AND NOT EXISTS (SELECT 1 FROM "GroupMember" m WHERE m."groupId" = g.id AND m."userId" = ${viewer.userId}::uuid)
      AND ${notDismissed(viewer.userId, "group", Prisma.sql`g.id`)}
    ORDER BY g."createdAt" DESC LIMIT ${CANDIDATES_READ}`;
  return rows.flatMap((row): Candidate[] => {
    const metres = metresBetween(viewer.home, { lat: row.areaLat, lng: row.areaLng });
    if (metres > settings.radiusM) return [];
    return [
      {
        kind: "group",
        id: row.id,
        title: row.name,
        groupName: row.name,
        category: row.category,
        words: wordsOf(row.name, ...row.tags),
        distanceM: roundDistance(metres),
        activity: row.joinedLately,
        createdAt: row.createdAt,
        coMembers: row.coMembers,
        pinned: false,
      },
    ];
  });
}

interface MeetupRow {
  id: string;
  title: string;
  groupName: string;
  category: GroupCategory;
  tags: string[];
  placeLat: number;
  placeLng: number;
  createdAt: Date;
  startAt: Date;
  endAt: Date;
  goingCount: number;
  pinned: boolean;
  coMembers: number;
}

/**
 * Meetups ahead with room that the viewer has not answered: in their own groups (where they can
 * answer at once), or pinned near home by a host who paid to be seen; never their own.
 */
async function meetupCandidates(db: Database, viewer: Viewer, now: Date, settings: RecommendationSettings) {
  const horizon = new Date(now.getTime() + settings.meetupHorizonDays * DAY_MS);
  const rows = await db.$queryRaw<MeetupRow[]>`
    SELECT m.id, m.title, g.name AS "groupName", g.category::text AS category, g.tags,
      m."placeLat", m."placeLng", m."createdAt", m."startAt", m."endAt", m."goingCount",
      COALESCE(m."pinnedUntil" > ${now}, false) AS pinned,
      (SELECT count(*)::int FROM "Rsvp" r WHERE r."meetupId" = m.id AND r.status = 'going'
        AND r."userId" IN (${peopleOfMyGroups(viewer.userId)})) AS "coMembers"
    FROM "Meetup" m JOIN "Group" g ON g.id = m."groupId"
    WHERE m.status = 'scheduled' AND m."startAt" > ${now} AND m."startAt" <= ${horizon}
      AND m.playground = ${viewer.playground} AND m."hostId" <> ${viewer.userId}::uuid
      AND (m.capacity IS NULL OR m."goingCount" < m.capacity)
      AND NOT EXISTS (SELECT 1 FROM "Rsvp" r WHERE r."meetupId" = m.id AND r."userId" = ${viewer.userId}::uuid)
      AND ${notDismissed(viewer.userId, "meetup", Prisma.sql`m.id`)}
      AND (m."pinnedUntil" > ${now} OR EXISTS (SELECT 1 FROM "GroupMember" gm
        WHERE gm."groupId" = m."groupId" AND gm."userId" = ${viewer.userId}::uuid))
    ORDER BY m."startAt" LIMIT ${CANDIDATES_READ}`;
  return rows.flatMap((row): Candidate[] => {
    const metres = metresBetween(viewer.home, { lat: row.placeLat, lng: row.placeLng });
    if (row.pinned && metres > settings.radiusM) return [];
    return [
      {
        kind: "meetup",
        id: row.id,
        title: row.title,
        groupName: row.groupName,
        category: row.category,
        words: wordsOf(row.title, row.groupName, ...row.tags),
        distanceM: roundDistance(metres),
        activity: row.goingCount,
        createdAt: row.createdAt,
        coMembers: row.coMembers,
        pinned: row.pinned,
        span: { startAt: row.startAt, endAt: row.endAt },
      },
    ];
  });
}

/** Every candidate of /foryou for the viewer at `now`. */
async function recommendationCandidates(
  db: Database,
  viewer: Viewer,
  now: Date,
  settings = defaultRecommendationSettings,
): Promise<Candidate[]> {
  const [groups, meetups] = await Promise.all([
    groupCandidates(db, viewer, now, settings),
    meetupCandidates(db, viewer, now, settings),
  ]);
  return [...groups, ...meetups];
}

/** /foryou: the ranked list near the person's home, unless they turned it off or have no home area yet. */
export async function recommendationsFor(
  db: Database,
  userId: string,
  now: Date,
  settings = defaultRecommendationSettings,
): Promise<ForYou> {
  const on = await db.user.findUnique({ where: { id: userId }, select: { recommendationsOn: true } });
  if (!on?.recommendationsOn) return { state: "off" };
  const viewer = await recommendationViewer(db, userId);
  if (!viewer) return { state: "no-home" };
  const list = rankCandidates(
    await recommendationCandidates(db, viewer, now, settings),
    viewer,
    now,
    settings,
  );
  return { state: "list", list };
}

/** What a person's recommendations are based on, as /foryou shows them when asked. */
export async function recommendationBasis(
  db: Database,
  userId: string,
  settings = defaultRecommendationSettings,
): Promise<RecommendationBasis> {
  const [user, dismissed] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { homeLabel: true, homeLat: true, interests: true, recommendationsOn: true },
    }),
    db.recommendationDismissal.count({ where: { userId } }),
  ]);
  return {
    on: user.recommendationsOn,
    homeArea: user.homeLat === null ? undefined : (user.homeLabel ?? ""),
    radiusM: settings.radiusM,
    interests: user.interests,
    dismissed,
  };
}
