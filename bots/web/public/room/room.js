// The room page's one script: opens the Jitsi room with the person's own pass, read from the
// address's fragment (#jwt=…), which the browser never sends to a server nor puts in a Referer.
// external_api.js, loaded just before from the deployment, defines JitsiMeetExternalAPI.

const page = document.getElementById("room");
const frame = document.getElementById("meet");

function show(id) {
  document.getElementById("lead").hidden = true;
  document.getElementById(id).hidden = false;
}

function openRoom(jwt) {
  const { domain, room, lang } = page.dataset;
  const api = new JitsiMeetExternalAPI(domain, {
    roomName: room,
    jwt,
    lang,
    parentNode: frame,
    width: "100%",
    height: "100%",
    // Camera and microphone are checked before going in; the deployment's lobby does the rest.
    configOverwrite: { prejoinConfig: { enabled: true } },
  });
  let left = false;
  // Hanging up sends both events; the page says goodbye once.
  const leave = () => {
    if (left) return;
    left = true;
    api.dispose();
    frame.hidden = true;
    show("left");
  };
  api.addListener("readyToClose", leave);
  api.addListener("videoConferenceLeft", leave);
}

const jwt = new URLSearchParams(location.hash.slice(1)).get("jwt");
if (!jwt) show("no-pass");
else if (typeof window.JitsiMeetExternalAPI !== "function") show("no-script");
else openRoom(jwt);
