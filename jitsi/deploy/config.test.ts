import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { BlockList, isIPv6 } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseEnv } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { baseConfig, loadConfig } from "../../runtime/config.js";
import { JITSI_AUDIENCE } from "../token.js";

// Reads the files operators run (docker-compose.yml with env.example as its .env) and checks what
// honjok relies on: a wrong or missing setting here is a deployment that refuses honjok's tokens,
// lets anyone in, or never tells honjok who came.

const here = import.meta.dirname;
const read = (file: string) => readFileSync(path.join(here, file), "utf8");

interface Service {
  read_only?: boolean;
  tmpfs?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  command?: string[];
}
const compose = parse(read("docker-compose.yml")) as { services: Record<string, Service> };
const operatorEnv = parseEnv(read("env.example")) as Record<string, string>;
const honjokDefaults = loadConfig(baseConfig, {});

/** The variables `text` requires (`${NAME:?why}`). */
function requiredIn(text: string): string[] {
  return [...text.matchAll(/\$\{(\w+):\?/g)].map((match) => match[1] as string);
}

/** Compose's interpolation of `${NAME}`, `${NAME:-default}` and `${NAME:?why}` from env.example. */
function interpolate(value: string): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    const given = operatorEnv[name];
    if (given) return given;
    return kind === "-" ? (rest ?? "") : `<${name} required>`;
  });
}

function service(name: string) {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no ${name} service`);
  const environment = Object.fromEntries(
    Object.entries(found.environment ?? {}).map(([key, value]) => [key, interpolate(String(value))]),
  );
  return {
    environment,
    raw: found,
    ports: (found.ports ?? []).map(interpolate),
    volumes: (found.volumes ?? []).map(interpolate),
  };
}

/** Where compose puts the containers' folders on the host with env.example as its .env. */
const configDir = operatorEnv.JITSI_CONFIG ?? "~/.jitsi-meet-cfg";

describe("the Jitsi deployment's compose file", () => {
  it("runs web, prosody, jicofo, jvb and coturn, and no recorder", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["coturn", "jicofo", "jvb", "prosody", "web"]);
  });

  it("lets in only people with a token honjok signed: JWT auth, no guests, no empty token", () => {
    for (const name of ["web", "prosody", "jicofo"]) {
      expect(service(name).environment).toMatchObject({ ENABLE_AUTH: "1", AUTH_TYPE: "jwt" });
    }
    expect(service("web").environment.ENABLE_GUESTS).toBe("0");
    const prosody = service("prosody");
    expect(prosody.environment).toMatchObject({ ENABLE_GUESTS: "0", JWT_ALLOW_EMPTY: "0" });
    expect(prosody.raw.environment?.JWT_APP_SECRET).toMatch(/^\$\{JITSI_APP_SECRET:\?/);
  });

  it("accepts the issuer, audience and XMPP domain honjok's tokens name", () => {
    expect(operatorEnv.JITSI_APP_ID).toBe(honjokDefaults.JITSI_APP_ID);
    expect(operatorEnv.JITSI_XMPP_DOMAIN).toBe(honjokDefaults.JITSI_XMPP_DOMAIN);
    expect(service("prosody").environment).toMatchObject({
      JWT_APP_ID: honjokDefaults.JITSI_APP_ID,
      JWT_ACCEPTED_ISSUERS: honjokDefaults.JITSI_APP_ID,
      JWT_ACCEPTED_AUDIENCES: JITSI_AUDIENCE,
      XMPP_DOMAIN: honjokDefaults.JITSI_XMPP_DOMAIN,
    });
  });

  it("takes moderators from the token, opens the lobby and offers end-conference; records nothing", () => {
    const prosody = service("prosody").environment;
    expect(prosody).toMatchObject({ ENABLE_LOBBY: "1", ENABLE_END_CONFERENCE: "1", ENABLE_RECORDING: "0" });
    expect(service("jicofo").environment).toMatchObject({ ENABLE_AUTO_OWNER: "0", ENABLE_RECORDING: "0" });
    expect(service("web").environment.ENABLE_RECORDING).toBe("0");
  });

  it("opens each room's lobby from its start, lets moderator tokens past it and promotes nobody", () => {
    const prosody = service("prosody").environment;
    // lobby_autostart asks jitsi-meet's persistent_lobby (on the XMPP host) for the lobby as the
    // room is made; without persistent_lobby nothing answers and the lobby never opens.
    expect(prosody.XMPP_MODULES?.split(",")).toContain("persistent_lobby");
    expect(prosody.XMPP_MUC_MODULES?.split(",").sort()).toEqual([
      "honjok_lobby_bypass",
      "lobby_autostart",
      "token_affiliation_legacy",
    ]);
    // lobby_autostart_on_owner makes some member owner when the last moderator leaves.
    expect(prosody.XMPP_MUC_MODULES).not.toMatch(/lobby_autostart_on_owner/);
    expect(service("prosody").raw.volumes).toContain(
      "./prosody/mod_honjok_lobby_bypass.lua:/prosody-plugins-custom/mod_honjok_lobby_bypass.lua:ro,z",
    );
  });

  it("offers TURN over TLS on 443/tcp of its own address, sharing its secret with prosody", () => {
    const prosody = service("prosody").environment;
    expect(prosody).toMatchObject({ TURNS_PORT: "443", TURNS_HOST: operatorEnv.TURN_DOMAIN });
    const coturn = service("coturn");
    expect(coturn.ports).toContain(`${operatorEnv.TURN_IP}:443:5349/tcp`);
    expect(coturn.raw.command).toEqual(
      expect.arrayContaining([
        "--tls-listening-port=5349",
        "--use-auth-secret",
        expect.stringMatching(/^--static-auth-secret=\$\{TURN_SECRET:\?/),
      ]),
    );
    expect(service("prosody").raw.environment?.TURN_CREDENTIALS).toMatch(/^\$\{TURN_SECRET:\?/);
    expect(operatorEnv.TURN_IP).not.toBe(operatorEnv.JITSI_WEB_IP);
  });

  it("relays only to public addresses like the bridge's, never to this host or private networks", () => {
    const denied = new BlockList();
    for (const flag of service("coturn").raw.command ?? []) {
      const value = /^--denied-peer-ip=(.+)$/.exec(flag)?.[1];
      if (!value) continue;
      const [first = "", last] = value.split("-");
      const family = isIPv6(first) ? "ipv6" : "ipv4";
      if (last) denied.addRange(first, last, family);
      else denied.addAddress(first, family);
    }
    const mustDeny: [first: string, last: string][] = [
      ["0.0.0.0", "0.255.255.255"], // "this network"
      ["10.0.0.0", "10.255.255.255"],
      ["100.64.0.0", "100.127.255.255"], // carrier-grade NAT
      ["127.0.0.0", "127.255.255.255"],
      ["169.254.0.0", "169.254.255.255"], // link-local, the cloud's metadata service
      ["172.16.0.0", "172.31.255.255"],
      ["192.168.0.0", "192.168.255.255"],
      ["::1", "::1"],
      ["fc00::", "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"], // unique local
      ["fe80::", "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff"], // link-local
    ];
    for (const [first, last] of mustDeny) {
      const family = isIPv6(first) ? "ipv6" : "ipv4";
      expect(denied.check(first, family), first).toBe(true);
      expect(denied.check(last, family), last).toBe(true);
    }
    expect(denied.check(operatorEnv.JITSI_WEB_IP ?? "")).toBe(false);
  });

  it("keeps people's names out of prosody's log unless the operator asks for more", () => {
    // At info, jitsi-contrib's event sync logs each occupant's name and id as they join and leave.
    expect(service("prosody").environment.LOG_LEVEL).toBe("warn");
  });

  it("publishes coturn's whole relay range, room for about 100 relayed callers at once", () => {
    const coturn = service("coturn");
    const flag = (name: string) =>
      Number((coturn.raw.command ?? []).find((item) => item.startsWith(`--${name}=`))?.split("=")[1]);
    const [min, max] = [flag("min-port"), flag("max-port")];
    expect(coturn.ports).toContain(`${operatorEnv.TURN_IP}:${min}-${max}:${min}-${max}/udp`);
    // One port per relayed connection: the bridge's, and a two-person call's direct one.
    expect(max - min + 1).toBeGreaterThanOrEqual(200);
  });

  it("opens 443/tcp for the web front and 10000/udp for the bridge", () => {
    expect(service("web").ports).toContain(`${operatorEnv.JITSI_WEB_IP}:443:8443/tcp`);
    expect(service("jvb").ports).toContain("10000:10000/udp");
  });

  it("runs Jitsi's images as upstream does: read-only root, /run and /tmp in memory", () => {
    // docker-jitsi-meet's stable-11146-2 compose file, for each of the four: the images' start
    // scripts render their configuration into /run and stop when it is not writable.
    for (const name of ["web", "prosody", "jicofo", "jvb"]) {
      expect(service(name).raw.read_only).toBe(true);
      expect(service(name).raw.tmpfs).toEqual([
        "/run:size=16M,mode=1750,exec",
        "/tmp:size=16M,mode=1777,noexec",
      ]);
    }
  });

  it("keeps web's certificates and prosody's data in volumes, as upstream's start scripts require", () => {
    // web's config script checks /storage is writable and keeps the Let's Encrypt account and
    // certificates there; prosody's checks /var/lib/prosody. Without them a container stops at
    // start, and a recreated web would ask Let's Encrypt again.
    expect(service("web").volumes).toContain(`${configDir}/storage/web:/storage:Z`);
    expect(service("prosody").volumes).toContain(`${configDir}/storage/prosody:/var/lib/prosody:Z`);
  });

  it("labels every mount for SELinux, so that an enforcing host lets each container read it", () => {
    // z (shared) or Z (this container's own); without either, SELinux refuses the container
    // even a mount nested inside a labelled one, like prosody's files inside /config.
    for (const [name, { volumes = [] }] of Object.entries(compose.services)) {
      for (const volume of volumes) expect(volume, name).toMatch(/:(?:[a-z]+,)*[zZ]$/);
    }
  });

  it("asks in env.example for every variable it requires", () => {
    for (const name of requiredIn(read("docker-compose.yml")))
      expect(Object.keys(operatorEnv)).toContain(name);
  });
});

describe("honjok's lobby module", () => {
  const lua = read("prosody/mod_honjok_lobby_bypass.lua");

  it("makes owner, before the lobby's check, only an occupant whose token names them moderator", () => {
    // The lobby's check runs at -4 and prosody's members-only check at -5.
    expect(lua).toMatch(/^module:hook\("muc-occupant-pre-join", function \(event\)$/m);
    expect(lua).toMatch(/^end, -3\);$/m);
    expect(lua).toMatch(
      /if not room\._data\.lobbyroom or not session or not session\.auth_token then\n\s+return;/,
    );
    expect(lua).toMatch(
      /if not user or \(user\.moderator ~= true and user\.moderator ~= "true"\) then\n\s+return;/,
    );
    // The only affiliation it ever sets.
    expect([...lua.matchAll(/set_affiliation\(([^)]*)\)/g)].map((match) => match[1])).toEqual([
      'true, occupant.bare_jid, "owner"',
    ]);
  });
});

describe("fetch-plugins.sh", () => {
  const script = read("fetch-plugins.sh");

  it("fetches exactly the jitsi-contrib modules prosody loads, each with its checksum", () => {
    const fetched = [...script.matchAll(/^fetch [0-9a-f]{64} [\w/]+\/mod_(\w+)\.lua$/gm)].map(
      (match) => match[1],
    );
    // honjok's own module is mounted from prosody/; persistent_lobby comes with jitsi-meet.
    const contrib = (service("prosody").environment.XMPP_MUC_MODULES ?? "")
      .split(",")
      .filter((name) => name !== "honjok_lobby_bypass");
    expect(fetched.sort()).toEqual([...contrib, "event_sync_component"].sort());
  });

  // The script runs from a copy in a scratch folder, with a curl that fetches nothing: it names
  // and makes its plugin folder, then stops at its first download.
  const scratch = mkdtempSync(path.join(tmpdir(), "fetch-plugins-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  let runs = 0;
  function pluginFolder(dotEnv: string | undefined, environment: Record<string, string> = {}) {
    const dir = path.join(scratch, String(++runs));
    const bin = path.join(dir, "bin");
    mkdirSync(bin, { recursive: true });
    copyFileSync(path.join(here, "fetch-plugins.sh"), path.join(dir, "fetch-plugins.sh"));
    writeFileSync(path.join(bin, "curl"), "#!/bin/sh\nexit 22\n", { mode: 0o755 });
    if (dotEnv !== undefined) writeFileSync(path.join(dir, ".env"), dotEnv);
    const home = path.join(dir, "home");
    const run = spawnSync("sh", [path.join(dir, "fetch-plugins.sh")], {
      env: { PATH: `${bin}:${process.env.PATH}`, HOME: home, ...environment },
      encoding: "utf8",
    });
    expect(run.status).not.toBe(0);
    const folder = /^plugin folder: (.*)$/m.exec(run.stdout)?.[1] ?? "";
    expect(existsSync(folder)).toBe(true);
    return { dir, home, folder };
  }
  const plugins = "prosody/prosody-plugins-custom";

  it("puts the modules where compose mounts them, reading JITSI_CONFIG from the .env beside it", () => {
    const absolute = pluginFolder(`TZ=Asia/Seoul\nJITSI_CONFIG=${scratch}/cfg\n`);
    expect(absolute.folder).toBe(`${scratch}/cfg/${plugins}`);
    const relative = pluginFolder("JITSI_CONFIG=./cfg # beside the compose file\n");
    expect(relative.folder).toBe(`${relative.dir}/cfg/${plugins}`);
    const quoted = pluginFolder(`export JITSI_CONFIG="${scratch}/with space"\n`);
    expect(quoted.folder).toBe(`${scratch}/with space/${plugins}`);
    const example = pluginFolder(read("env.example"));
    expect(example.folder).toBe(`${example.home}/.jitsi-meet-cfg/${plugins}`);
  });

  it("takes JITSI_CONFIG from the environment over .env, as compose does, and compose's default without either", () => {
    const shell = pluginFolder(`JITSI_CONFIG=${scratch}/from-env-file\n`, {
      JITSI_CONFIG: `${scratch}/shell`,
    });
    expect(shell.folder).toBe(`${scratch}/shell/${plugins}`);
    const none = pluginFolder(undefined);
    expect(none.folder).toBe(`${none.home}/.jitsi-meet-cfg/${plugins}`);
  });
});

describe("prosody's event sync", () => {
  const events = read("prosody/honjok-events.cfg.lua");

  it("is loaded by prosody, from the file beside the compose file", () => {
    expect(service("prosody").raw.volumes).toContain(
      "./prosody/honjok-events.cfg.lua:/config/conf.d/honjok-events.cfg.lua:ro,z",
    );
    expect(events).toMatch(/^Component \("eventsync\." \.\. xmpp_domain\) "event_sync_component"$/m);
  });

  it("posts to honjok's /jitsi/events/… with the bearer token honjok checks", () => {
    expect(events).toMatch(/^\s+api_prefix = ENV_HONJOK_PUBLIC_URL \.\. "\/jitsi"$/m);
    expect(events).toMatch(/\["Authorization"\] = "Bearer " \.\. ENV_JITSI_EVENTS_TOKEN;/);
    expect(service("prosody").raw.environment).toMatchObject({
      HONJOK_PUBLIC_URL: expect.stringMatching(/^\$\{HONJOK_PUBLIC_URL:\?/),
      JITSI_EVENTS_TOKEN: expect.stringMatching(/^\$\{JITSI_EVENTS_TOKEN:\?/),
    });
  });

  it("watches the MUC host prosody runs, the one web and jicofo use too", () => {
    // docker-jitsi-meet sets XMPP_MUC_DOMAIN apart from XMPP_DOMAIN (muc.meet.jitsi unless set),
    // so the event sync reads the variable rather than making up "muc." .. xmpp_domain.
    expect(events).toMatch(/^local muc_domain = ENV_XMPP_MUC_DOMAIN or "muc\.meet\.jitsi"$/m);
    expect(events).toMatch(/^\s+muc_component = muc_domain$/m);
    const muc = service("prosody").environment.XMPP_MUC_DOMAIN;
    expect(muc).toBe(`muc.${honjokDefaults.JITSI_XMPP_DOMAIN}`);
    expect(service("web").environment.XMPP_MUC_DOMAIN).toBe(muc);
    expect(service("jicofo").environment.XMPP_MUC_DOMAIN).toBe(muc);
  });
});
