import { z } from "zod";
import { baseConfig, discordConfig, httpConfig } from "../../runtime/config.js";
import { runProcess } from "../../runtime/process.js";
import { startDiscord } from "./start.js";

// `npm run start:discord`: the Discord bot as a process of its own, with health and metrics
// over HTTP. Slash commands are registered separately (`npm run discord:deploy`).

// discordConfig carries a refinement, which zod 4 cannot `.extend`; an intersection keeps it.
const config = z.intersection(
  z.intersection(baseConfig.extend(httpConfig.shape), discordConfig),
  z.object({ DISCORD_TOKEN: z.string({ error: "required to run the Discord bot" }) }),
);

await runProcess({
  name: "discord",
  config,
  async start({ ctx, config }) {
    await startDiscord(ctx, config);
    return undefined;
  },
});
