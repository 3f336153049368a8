-- honjok's room events: jitsi-contrib's event_sync component posts every room created and
-- destroyed and every occupant joined and left to honjok's /jitsi/events/… routes, which count
-- attendance from them. The module itself is fetched by fetch-plugins.sh (jitsi/README.md).
-- Prosody reads ENV_<NAME> as the environment variable NAME; docker-compose.yml sets them all.

-- The XMPP and MUC hosts prosody itself was given (docker-compose.yml sets both), with the same
-- defaults as docker-jitsi-meet's prosody templates when they are unset.
local xmpp_domain = ENV_XMPP_DOMAIN or "meet.jitsi"
local muc_domain = ENV_XMPP_MUC_DOMAIN or "muc.meet.jitsi"

Component ("eventsync." .. xmpp_domain) "event_sync_component"
    muc_component = muc_domain
    breakout_component = "breakout." .. xmpp_domain
    -- The module appends /events/room/created, /events/occupant/joined, …
    api_prefix = ENV_HONJOK_PUBLIC_URL .. "/jitsi"
    api_headers = {
        ["Authorization"] = "Bearer " .. ENV_JITSI_EVENTS_TOKEN;
    }
    -- honjok takes each event once by room, occupant and time, so a retry after a lost answer is safe.
    api_timeout = 10
    api_retry_count = 5
    api_retry_delay = 2
