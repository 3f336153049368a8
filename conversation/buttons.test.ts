import { describe, expect, it } from "vitest";
import { actions } from "../core/actions/table.js";
import { allCommands } from "./registry.js";

describe("the buttons core and the commands put on messages", () => {
  it("each run a registered command", () => {
    const registered = new Set(allCommands.map((command) => command.name));
    const unknown = Object.values(actions)
      .map((action) => action.command)
      .filter((name) => !registered.has(name));
    expect(unknown).toEqual([]);
  });
});
