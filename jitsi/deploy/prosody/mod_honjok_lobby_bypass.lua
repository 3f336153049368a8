-- honjok's moderators pass the lobby. An occupant whose token says context.user.moderator is true
-- joins a room whose lobby is on as its owner, without waiting to be let in, however often they
-- come back (each new connection is a new XMPP user, so a room cannot remember them). Everyone
-- else waits in the lobby until an owner lets them in. Nobody is made owner for any other reason.
--
-- Loaded on the main MUC component (XMPP_MUC_MODULES in docker-compose.yml), beside jitsi-contrib's
-- lobby_autostart, which turns the lobby on as each room is made, and token_affiliation_legacy,
-- which makes the same occupants owner once they are in a room whose lobby is off. Runs at -3:
-- after token verification (99) has checked that the token is for this room, before the lobby's
-- check (-4) and prosody's members-only check (-5).

local util = module:require "util";
local is_admin = util.is_admin;
local is_healthcheck_room = util.is_healthcheck_room;

module:hook("muc-occupant-pre-join", function (event)
    local session, room, occupant = event.origin, event.room, event.occupant;

    if is_admin(occupant.bare_jid) or is_healthcheck_room(room.jid) then
        return;
    end
    if not room._data.lobbyroom or not session or not session.auth_token then
        return;
    end
    -- The claim token_affiliation_legacy reads, with the same two spellings.
    local user = session.jitsi_meet_context_user;
    if not user or (user.moderator ~= true and user.moderator ~= "true") then
        return;
    end

    room:set_affiliation(true, occupant.bare_jid, "owner");
    occupant.role = "moderator";
    module:log("debug", "A moderator passes the lobby of %s", room.jid);
end, -3);
