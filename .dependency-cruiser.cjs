/**
 * Architectural boundaries, checked in CI (`npm run check:boundaries`). Each rule's comment is
 * what a developer sees when they break it, so it says why the boundary exists.
 */
module.exports = {
  forbidden: [
    {
      name: "core-knows-no-messenger-http-or-queue",
      comment:
        "core/ holds the rules and must stay usable from every front door and worker: it may not import " +
        "grammy, discord.js, express or bullmq. Take plain arguments, return plain data, throw AppError.",
      severity: "error",
      from: { path: "^core/" },
      to: { path: "node_modules/(grammy|@grammyjs|discord\\.js|@discordjs|express|bullmq)/" },
    },
    {
      name: "only-data-modules-touch-prisma",
      comment:
        "Only data modules (core/**/queries.ts, core/**/mutations.ts, core/db/) may use the Prisma client, " +
        "so every read and write is found in one place per domain. Call a core function instead.",
      severity: "error",
      from: {
        pathNot: [
          "^core/[^/]+/(queries|mutations)\\.ts$",
          "^core/[^/]+/[^/]+/(queries|mutations)\\.ts$",
          "^core/db/",
          "^prisma/",
          "^test/",
          "\\.test\\.ts$",
          "^bench/",
        ],
      },
      to: {
        path: ["^core/db/generated/", "node_modules/@prisma/client/"],
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "only-composition-roots-create-the-database",
      comment:
        "The database client is built once per process in its composition root (runtime/, a main.ts) and " +
        "passed down; elsewhere import only its type (`import type { Database }`).",
      severity: "error",
      from: {
        pathNot: [
          "^core/[^/]+/(queries|mutations)\\.ts$",
          "^core/[^/]+/[^/]+/(queries|mutations)\\.ts$",
          "^core/db/",
          "^runtime/",
          "/main\\.ts$",
          "^test/",
          "\\.test\\.ts$",
          "^bench/",
        ],
      },
      to: { path: "^core/db/client\\.ts$", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "core-does-not-depend-on-outer-layers",
      comment: "core/ is the centre: it must not import from bots/, workers/ or runtime/.",
      severity: "error",
      from: { path: "^core/" },
      to: { path: "^(bots|workers|runtime)/" },
    },
    {
      name: "conversation-knows-no-messenger",
      comment:
        "conversation/ defines every command once for all front doors: it may not import a messenger, HTTP " +
        "or queue library, nor bots/, workers/ or runtime/. A platform's idiom belongs in its adapter under bots/.",
      severity: "error",
      from: { path: "^conversation/", pathNot: "\\.test\\.ts$|/test-[^/]+\\.ts$" },
      to: {
        path: [
          "^(bots|workers|runtime)/",
          "node_modules/(grammy|@grammyjs|discord\\.js|@discordjs|express|bullmq)/",
        ],
      },
    },
    {
      name: "workers-never-import-bots",
      comment:
        "workers/ run on machines of their own, with no bot running: a worker that must reach a messenger " +
        "calls a port it defines (workers/notify/sender.ts, scheduled-events.ts), and the composition root " +
        "(runtime/workers.ts) hands it the messenger's implementation from bots/<messenger>/.",
      severity: "error",
      from: { path: "^workers/" },
      to: { path: "^bots/" },
    },
    {
      name: "workers-reach-only-core",
      comment:
        "workers/ run jobs for core's rules, with no person typing: they may not import conversation/, whose " +
        "commands and dialogs belong to the front doors. Build a message's neutral parts (core/message.ts) in " +
        "core and let the messenger's Sender translate them (i18n/render.ts).",
      severity: "error",
      from: { path: "^workers/" },
      to: { path: "^conversation/" },
    },
    {
      name: "buttons-are-spelled-in-core-actions",
      comment:
        "Button data's spelling (short keys, short ids, the 64 bytes) is core/actions' own: build a button " +
        "through the table (core/actions/table.ts, `actions.itemRenew({ itemId })`) and read one with " +
        "decodeAction (core/actions/codec.ts), so every button names a real command and arguments it takes.",
      severity: "error",
      from: { pathNot: "^core/actions/" },
      to: {
        path: "^core/actions/(wire|short-id|arguments|builder)\\.ts$",
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "front-doors-stay-apart",
      comment:
        "Each front door is independent: shared behaviour belongs in conversation/ (messenger-neutral) or core/.",
      severity: "error",
      from: { path: "^bots/(telegram|discord|web)/" },
      to: { path: "^bots/(telegram|discord|web)/", pathNot: "^bots/$1/" },
    },
    {
      name: "core-and-conversation-never-import-jitsi",
      comment:
        "jitsi/ is the adapter to the video deployment (tokens, room events): core/ and conversation/ reach it only " +
        "through ports (core/workouts/types.ts RoomLinkMaker) that runtime/ fills with jitsi/'s implementation.",
      severity: "error",
      from: { path: "^(core|conversation)/" },
      to: { path: "^jitsi/" },
    },
    {
      name: "jitsi-reaches-only-core",
      comment:
        "jitsi/ sits beside the front doors, not above them: it may use core/, but not bots/ or conversation/. " +
        "What a person sees about a room is said by the front doors, with the link jitsi/ makes.",
      severity: "error",
      from: { path: "^jitsi/" },
      to: { path: "^(bots|conversation)/" },
    },
    {
      name: "product-never-imports-test",
      comment:
        "test/ holds the messengers' fakes and the harnesses around them: only tests (*.test.ts, test-*.ts " +
        "helpers), test/ itself and bench/ may import it, so no stand-in ever ships in a running process.",
      severity: "error",
      from: { pathNot: ["^test/", "\\.test\\.ts$", "/test-[^/]+\\.ts$", "^bench/"] },
      to: { path: "^test/" },
    },
    {
      name: "no-circular",
      comment: "Import cycles make start-up order and testing fragile; extract the shared part.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // Generated and installed code is a leaf: edges into it are checked, its insides are not.
    doNotFollow: { path: ["node_modules", "^core/db/generated/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
