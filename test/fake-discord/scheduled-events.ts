import { Router } from "express";

// A server's scheduled events on the fake Discord: kept, so a list shows what was created, and
// failing for the servers a test names, as during an outage on Discord's side.

export interface FakeScheduledEvent {
  id: string;
  guildId: string;
  name: string;
  description: string;
  scheduled_start_time: string;
  scheduled_end_time: string;
  entity_metadata: { location: string };
  status: number;
}

const SCHEDULED = 1;

export function scheduledEventRoutes(events: FakeScheduledEvent[], failingGuilds: Set<string>): Router {
  const routes = Router();
  let lastId = 0;
  routes.use("/api/v10/guilds/:guild", (req, res, next) => {
    if (!failingGuilds.has(req.params.guild)) return next();
    res.status(500).json({ message: "Internal Server Error", code: 0 });
  });
  routes.get("/api/v10/guilds/:guild/scheduled-events", (req, res) => {
    res.json(events.filter((event) => event.guildId === req.params.guild));
  });
  routes.post("/api/v10/guilds/:guild/scheduled-events", (req, res) => {
    const event = { status: SCHEDULED, ...req.body, id: `event${++lastId}`, guildId: req.params.guild };
    events.push(event);
    res.json(event);
  });
  // An event it does not know is a 404, as Discord answers once an event is deleted there.
  routes.patch("/api/v10/guilds/:guild/scheduled-events/:event", (req, res, next) => {
    const { guild, event: id } = req.params;
    const event = events.find((found) => found.guildId === guild && found.id === id);
    if (!event) return next();
    res.json(Object.assign(event, req.body));
  });
  return routes;
}
